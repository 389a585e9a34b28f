package org.gptracker.command.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry is trusted for its time to live, an absence (an erased actor) as much as a value. */
class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final ExpiringCache<Optional<String>> cache = new ExpiringCache<>(Duration.ofSeconds(10), now::get);

    @Test
    void aKeptAbsenceIsAnsweredUntilItsTimeToLiveEnds() {
        cache.put("ref-1", Optional.empty());

        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(cache.get("ref-1")).isEmpty();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("ref-1")).isNull();
    }

    @Test
    void anEntryIsForgottenByItsValue() {
        cache.put("ref-1", Optional.of("person@ua"));
        cache.put("ref-2", Optional.of("other@ca"));

        cache.removeValue(Optional.of("person@ua"));

        assertThat(cache.get("ref-1")).isNull();
        assertThat(cache.get("ref-2")).contains("other@ca");
    }
}
