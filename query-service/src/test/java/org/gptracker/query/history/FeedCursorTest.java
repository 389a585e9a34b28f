package org.gptracker.query.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeedCursorTest {

    private final FeedCursor cursor = new FeedCursor(2025, LocalDate.of(2025, 3, 14),
            Instant.parse("2025-03-14T09:30:00.123456Z"), 7, "0b7c8f4e-2b1a-4c55-9d0e-3f6a1b2c3d4e");

    @Test
    void aCursorReadsBackAsTheSameSortKey() {
        assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void anAggregateIdHoldingTheSeparatorReadsBackWhole() {
        FeedCursor odd = new FeedCursor(2025, LocalDate.of(2025, 1, 1), Instant.parse("2025-01-01T00:00:00Z"), 0, "a|b|c");

        assertThat(FeedCursor.decode(odd.encode())).isEqualTo(odd);
    }

    @Test
    void aCursorTravelsInAUrlUnescaped() {
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theCursorOfAPageIsTheSortKeyOfItsLastEvent() {
        LoggedEvent last = new LoggedEvent("e-9", "Project", cursor.aggregateId(), 7, "gp.project.FundsDisbursed.v1",
                cursor.effectiveDate(), cursor.recordedAt(), 2025, "alice", null, "{}");

        assertThat(FeedCursor.after(last)).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "%%%", "", "MXwyMDI1"})
    void aTokenThatIsNotACursorIsRefused(String token) {
        assertThatIllegalArgumentException().isThrownBy(() -> FeedCursor.decode(token))
                .withMessageContaining("is not a cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2|2025|2025-03-14|2025-03-14T09:30:00Z|7|p-1",
            "1|twenty|2025-03-14|2025-03-14T09:30:00Z|7|p-1",
            "1|2025|2025-02-30|2025-03-14T09:30:00Z|7|p-1",
            "1|2025|2025-03-14|yesterday|7|p-1",
            "1|2025|2025-03-14|2025-03-14T09:30:00Z|seven|p-1",
            "1|2025|2025-03-14|2025-03-14T09:30:00Z|7|"})
    void aSortKeyWithABadPartIsRefused(String key) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));

        assertThatIllegalArgumentException().isThrownBy(() -> FeedCursor.decode(token));
    }
}
