package org.gptracker.command.eventstore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    private static final int SIZE = 100;

    private final AggregateCache cache = new AggregateCache(SIZE);

    @Test
    void anAggregateCommandsKeepWorkingOnStaysHoweverManyOthersPassThrough() {
        cache.put("in-lifecycle", "state");

        for (int finished = 0; finished < 50 * SIZE; finished++) {
            cache.put("finished-" + finished, "state");
            cache.get("finished-" + finished);
            assertThat((Object) cache.get("in-lifecycle")).as("after %d others", finished).isEqualTo("state");
            cache.put("in-lifecycle", "state");
        }
    }

    @Test
    void whenFullTheLeastRecentlyUsedAggregateGoesFirst() {
        for (int i = 0; i < SIZE; i++) {
            cache.put("project-" + i, "state");
        }
        cache.get("project-0");

        cache.put("one-more", "state");

        assertThat(cache.containsKey("project-0")).isTrue();
        assertThat(cache.containsKey("project-1")).isFalse();
        assertThat(cache.containsKey("one-more")).isTrue();
    }
}
