package org.gptracker.command.relay;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class RelayEventStreamTest {

    private final StoredEvents store = new StoredEvents().storeRange(1, 25);
    private final StoreCommits commits = new StoreCommits();
    private final List<Integer> pageSizes = new ArrayList<>();

    private RelayEventStream stream(Duration pollInterval) {
        return new RelayEventStream(new StorePages(store.engine, 10, pageSizes::add), commits, LateEvents.NONE, 10_000, pollInterval, null);
    }

    @Test
    void handsOutEveryStoredEventInOrderHoldingOnePageAtATime() throws Exception {
        RelayEventStream stream = stream(Duration.ofHours(1));
        List<Long> handedOut = new ArrayList<>();

        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            handedOut.add(StoredEvents.index(stream.nextAvailable()));
            assertThat(store.pulled.get() - handedOut.size()).as("events held").isBetween(0, 10);
        }

        assertThat(handedOut).containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList());
        assertThat(pageSizes).as("a full page is followed at once by the next read").containsExactly(10, 10, 5);
    }

    @Test
    void withNothingLeftItReadsAgainOnlyAfterACommitInThisInstance() throws Exception {
        RelayEventStream stream = stream(Duration.ofHours(1));
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            stream.nextAvailable();
        }
        int reads = store.readsAfter.size();

        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(store.readsAfter).as("no commit, no poll due: no query").hasSize(reads);

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return stream.hasNextAvailable(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        store.storeRange(26, 26);
        commits.committed();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("woken by the commit, long before its 30 s").isTrue();
        assertThat(StoredEvents.index(stream.nextAvailable())).isEqualTo(26);
    }

    @Test
    void eventsNoCommitAnnouncedAreFoundByThePoll() throws Exception {
        RelayEventStream stream = stream(Duration.ofMillis(100));
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            stream.nextAvailable();
        }

        store.storeRange(26, 27);

        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        assertThat(StoredEvents.index(stream.nextAvailable())).isEqualTo(26);
    }

    @Test
    void closingLetsGoOfThePage() throws Exception {
        RelayEventStream stream = stream(Duration.ofHours(1));
        assertThat(stream.peek()).isPresent();

        stream.close();

        assertThat(store.openStreams).hasValue(0);
    }
}
