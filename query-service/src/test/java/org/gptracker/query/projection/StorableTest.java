package org.gptracker.query.projection;

import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTest {

    @Test
    void aJsonTextEscapingANulCharacterIsRefusedButAnEscapedBackslashBeforeU0000IsNot() {
        assertThatThrownBy(() -> Storable.json("{\"title\":\"a\\u0000b\"}", "data")).isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("NUL");
        assertThatCode(() -> Storable.json("{\"title\":\"a\\\\u0000b\"}", "data")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Storable.json("{\"title\":\"a\\\\\\u0000b\"}", "data")).isInstanceOf(InvalidEnvelopeException.class);
    }

    @Test
    void datesAndTimesBeyondPostgresRangesAreRefusedAndTheLastOnesWithinAreNot() {
        assertThatThrownBy(() -> Storable.date(LocalDate.of(5_874_898, 1, 1), "d")).isInstanceOf(InvalidEnvelopeException.class);
        assertThatCode(() -> Storable.date(LocalDate.of(5_874_897, 12, 31), "d")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Storable.timestamp(Instant.parse("+294277-01-01T00:00:00Z"), "t")).isInstanceOf(InvalidEnvelopeException.class);
        assertThatCode(() -> Storable.timestamp(Instant.parse("2025-03-14T09:30:00Z"), "t")).doesNotThrowAnyException();
    }
}
