package org.gptracker.command.relay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorePagesTest {

    private final StoredEvents store = new StoredEvents().storeRange(1, 2_500);
    private final List<Integer> pageSizes = new ArrayList<>();
    private final StorePages pages = new StorePages(store.engine, 1_000, pageSizes::add);

    @Test
    void aPageHoldsAtMostThePageSizeAndPullsNoMoreFromTheStore() {
        Deque<TrackedEventMessage<?>> page = pages.after(null);

        assertThat(page).hasSize(1_000);
        assertThat(store.pulled).hasValue(1_000);
        assertThat(store.openStreams).as("the store's stream is closed with the page read").hasValue(0);
        assertThat(StoredEvents.index(page.peekFirst())).isEqualTo(1);
        assertThat(StoredEvents.index(page.peekLast())).isEqualTo(1_000);
    }

    @Test
    void eachPageStartsAfterTheLastEventOfThePreviousOneAndTheLastIsShort() {
        Deque<TrackedEventMessage<?>> first = pages.after(null);
        Deque<TrackedEventMessage<?>> second = pages.after(first.peekLast().trackingToken());
        Deque<TrackedEventMessage<?>> third = pages.after(second.peekLast().trackingToken());
        Deque<TrackedEventMessage<?>> none = pages.after(third.peekLast().trackingToken());

        assertThat(StoredEvents.index(second.peekFirst())).isEqualTo(1_001);
        assertThat(third).hasSize(500);
        assertThat(StoredEvents.index(third.peekLast())).isEqualTo(2_500);
        assertThat(none).isEmpty();
        assertThat(pageSizes).containsExactly(1_000, 1_000, 500, 0);
    }

    @Test
    void aGapBelowThePositionIsAskedForAgainAndItsEventReadOnceCommitted() {
        StoredEvents gapped = new StoredEvents().storeRange(1, 4).storeRange(6, 9);
        StorePages small = new StorePages(gapped.engine, 3, events -> { });

        Deque<TrackedEventMessage<?>> first = small.after(null);
        Deque<TrackedEventMessage<?>> second = small.after(first.peekLast().trackingToken());
        GapAwareTrackingToken position = (GapAwareTrackingToken) second.peekLast().trackingToken();
        assertThat(position.getIndex()).isEqualTo(7);
        assertThat(position.getGaps()).containsExactly(5L);

        gapped.store(5, "late-committer");
        Deque<TrackedEventMessage<?>> third = small.after(position);

        assertThat(third).extracting(StoredEvents::index).containsExactly(5L, 8L, 9L);
        assertThat(gapped.readsAfter.get(2)).isEqualTo(position);
        assertThat(((GapAwareTrackingToken) third.peekLast().trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void aPageHoldsAtLeastOneEvent() {
        assertThatThrownBy(() -> new StorePages(store.engine, 0, events -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
