package org.gptracker.command.relay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The relay processor's open stream: holds one page of stored events and hands them out one by one, waiting
 * for a local commit ({@link StoreCommits}) or the poll interval when nothing is left (DESIGN §1 "Relay"). Given-up
 * indexes go to {@link LateEvents} and, once stored, come out ahead of the next page (docs/decisions/0020). Used by
 * one processor thread.
 */
class RelayEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private final StorePages pages;
    private final StoreCommits commits;
    private final LateEvents late;
    private final int maxListedGaps;
    private final long pollNanos;
    private Deque<TrackedEventMessage<?>> page = new ArrayDeque<>();
    private TrackingToken lastRead;
    private boolean lastPageFull;
    private long commitsAtLastRead;
    private long lastReadAt;
    private boolean read;

    RelayEventStream(StorePages pages, StoreCommits commits, LateEvents late, int maxListedGaps, Duration pollInterval,
                     TrackingToken after) {
        this.pages = pages;
        this.commits = commits;
        this.late = late;
        this.maxListedGaps = maxListedGaps;
        this.pollNanos = pollInterval.toNanos();
        this.lastRead = after;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        if (page.isEmpty() && readIsDue()) {
            readPage();
        }
        return Optional.ofNullable(page.peekFirst());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (page.isEmpty()) {
            if (readIsDue()) {
                readPage();
                continue;
            }
            long now = System.nanoTime();
            long untilPoll = lastReadAt + pollNanos - now;
            long untilDeadline = deadline - now;
            if (untilDeadline <= 0) {
                return false;
            }
            commits.awaitCommitAfter(commitsAtLastRead, Math.min(untilPoll, untilDeadline));
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(pollNanos)), TimeUnit.MILLISECONDS)) {
            // nothing stored yet: keep waiting, as the contract of nextAvailable asks
        }
        return page.pollFirst();
    }

    @Override
    public void close() {
        page = new ArrayDeque<>();
    }

    /** A full last page means more may be stored already; else only a commit since, or the poll, can bring more. */
    private boolean readIsDue() {
        return !read || lastPageFull || commits.committedSince(commitsAtLastRead)
                || System.nanoTime() - lastReadAt >= pollNanos;
    }

    private void readPage() {
        // noted before the query: a commit while it runs makes the next read due
        commitsAtLastRead = commits.seen();
        lastReadAt = System.nanoTime();
        read = true;
        TrackingToken before = lastRead;
        page = pages.after(before);
        lastPageFull = page.size() == pages.pageSize();
        if (!page.isEmpty()) {
            lastRead = page.peekLast().trackingToken();
        }
        reportGivenUpGaps(before);
        if (before != null) {
            // asked after the page's query: an aggregate's next event, stored only once this one committed, is never ahead of it
            List<DomainEventMessage<?>> stored = late.storedSinceGivenUp();
            for (int i = stored.size() - 1; i >= 0; i--) {
                page.addFirst(new GenericTrackedDomainEventMessage<>(before, stored.get(i)));
            }
        }
    }

    private void reportGivenUpGaps(TrackingToken before) {
        TrackingToken previous = before;
        for (TrackedEventMessage<?> event : page) {
            LateEvents.GivenUp givenUp = LateEvents.givenUpBetween(previous, event.trackingToken(), maxListedGaps);
            if (!givenUp.isEmpty()) {
                late.givenUp(givenUp);
            }
            previous = event.trackingToken();
        }
    }
}
