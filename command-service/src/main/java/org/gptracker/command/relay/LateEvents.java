package org.gptracker.command.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Events whose global index the relay's token stopped waiting for — the engine gives a missing index up once it lies
 * {@code gp.relay.max-gap-offset} behind or the event after it is older than {@code gp.relay.gap-timeout} — but whose
 * transaction may still commit. The relay's stream reports every index its token gives up and, after each page it
 * reads, asks for those that are stored by now, to hand them out ahead of the page: after the page's query, so an
 * aggregate's next event (which can only be stored once this one committed) is never sent before it.
 */
interface LateEvents {

    LateEvents NONE = new LateEvents() {
        @Override
        public void givenUp(GivenUp indexes) {
        }

        @Override
        public List<DomainEventMessage<?>> storedSinceGivenUp() {
            return List.of();
        }
    };

    /** The token stopped waiting for these global indexes. */
    void givenUp(GivenUp indexes);

    /** Given-up events that are stored now and not handed out yet by this stream's reader. */
    List<DomainEventMessage<?>> storedSinceGivenUp();

    /**
     * The global indexes the token stopped waiting for from {@code before} to {@code after}, the token of the next event
     * read: the gaps of {@code before} and the indexes skipped up to that event, less the gaps {@code after} still holds
     * and the event's own index — the new position if the position moved, else the highest gap it filled (the engine
     * only ever drops gaps below the event it reads). Indexes skipped more than {@code atMost} below the event are not
     * listed: their count is.
     */
    static GivenUp givenUpBetween(TrackingToken before, TrackingToken after, int atMost) {
        if (!(before instanceof GapAwareTrackingToken previous) || !(after instanceof GapAwareTrackingToken next)
                || previous == next) {
            return GivenUp.NOTHING;
        }
        SortedSet<Long> waitedFor = new TreeSet<>(previous.getGaps());
        long unlisted = 0;
        if (next.getIndex() > previous.getIndex()) {
            long firstListed = Math.max(previous.getIndex() + 1, next.getIndex() - atMost);
            unlisted = firstListed - (previous.getIndex() + 1);
            for (long skipped = firstListed; skipped < next.getIndex(); skipped++) {
                waitedFor.add(skipped);
            }
        } else {
            SortedSet<Long> filled = new TreeSet<>(previous.getGaps());
            filled.removeAll(next.getGaps());
            if (!filled.isEmpty()) {
                waitedFor.remove(filled.last());
            }
        }
        waitedFor.removeAll(next.getGaps());
        return new GivenUp(waitedFor, unlisted);
    }

    /** Indexes given up, and how many more were skipped too far below to list one by one. */
    record GivenUp(SortedSet<Long> indexes, long unlisted) {

        static final GivenUp NOTHING = new GivenUp(new TreeSet<>(), 0);

        boolean isEmpty() {
            return indexes.isEmpty() && unlisted == 0;
        }
    }
}
