package org.gptracker.command.web;

import org.gptracker.events.value.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectiveDateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDateIsReadExactlyAsIsoReadsItAndRefusedWhereIsoRefusesIt() {
        List<String> values = List.of("2024-03-01", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
                "0001-01-01", "2024-3-01", "2024/03/01", "+2024-03-01", "2024-03-01 ", "２０２４-03-01", "20240301", "");
        for (String value : values) {
            LocalDate iso = isoOrNull(value);
            if (iso == null) {
                assertThatThrownBy(() -> EffectiveDate.parse(value, CLOCK)).as(value).isInstanceOf(InvalidValueException.class);
            } else {
                assertThat(EffectiveDate.parse(value, CLOCK)).as(value).isEqualTo(iso);
            }
        }
    }

    @Test
    void noDateIsTodayAndADateAfterTodayIsRefused() {
        assertThat(EffectiveDate.parse(null, CLOCK)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThatThrownBy(() -> EffectiveDate.parse("2026-12-08", CLOCK)).isInstanceOf(InvalidValueException.class);
    }

    private static LocalDate isoOrNull(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
