package org.gptracker.query.history;

import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedQueryTest {

    private final FeedCursor of2025 = new FeedCursor(2025, LocalDate.of(2025, 3, 14), Instant.parse("2025-03-14T09:30:00Z"),
            2, "p-1");

    @Test
    void withoutSizeNorCursorItAsksForTheFirstPageOfTheDefaultSize() {
        assertThat(FeedQuery.of("2025", null, null)).isEqualTo(new FeedQuery(2025, 100, null));
        assertThat(FeedQuery.of("2025", "", " ")).isEqualTo(new FeedQuery(2025, 100, null));
    }

    @Test
    void aCursorAsksForThePageAfterIt() {
        assertThat(FeedQuery.of("2025", "1000", of2025.encode())).isEqualTo(new FeedQuery(2025, 1000, of2025));
        assertThat(FeedQuery.of("2025", "1", null).size()).isOne();
    }

    @Test
    void everyBadParameterIsNamed() {
        assertRefused("MMXXV", "0", "garbage",
                new FieldError("year", "'MMXXV' is not an integer from 2002 to 9999"),
                new FieldError("size", "'0' is not an integer from 1 to 1000"),
                new FieldError("cursor", "is not a cursor of this feed: pass on the 'next' of the previous page unchanged"));
        assertRefused("2025", "1001", null, new FieldError("size", "'1001' is not an integer from 1 to 1000"));
        assertRefused("2025", "ten", null, new FieldError("size", "'ten' is not an integer from 1 to 1000"));
    }

    @Test
    void aYearBeforeThePartnershipIsNoPresidency() {
        assertRefused("2001", null, null, new FieldError("year", "'2001' is not an integer from 2002 to 9999"));
    }

    @Test
    void aCursorOfAnotherPresidencysFeedIsRefused() {
        assertRefused("2024", null, of2025.encode(),
                new FieldError("cursor", "belongs to the feed of presidency 2025, not 2024"));
    }

    /** The exception's errors are the web layer's to read; its message lists them in order. */
    private static void assertRefused(String year, String size, String cursor, FieldError... errors) {
        assertThatThrownBy(() -> FeedQuery.of(year, size, cursor))
                .isInstanceOf(RequestValidationException.class)
                .hasMessage("invalid fields: " + List.of(errors));
    }
}
