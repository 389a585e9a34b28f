package org.gptracker.events.envelope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class UsualFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-14T09:30:00Z", "2025-03-14T09:30:00.100Z", "2025-03-14T09:30:00.000100Z",
            "2025-03-14T09:30:00.000000001Z", "2025-03-14T09:30:00.123456789Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59.5Z", "1970-01-01T00:00:00Z"})
    void anInstantIsWrittenAsInstantWritesIt(String text) {
        Instant instant = Instant.parse(text);

        assertThat(UsualForms.text(instant)).isEqualTo(instant.toString());
    }

    @Test
    void instantsAcrossTheUsualYearsAreWrittenAsInstantWritesThem() {
        SplittableRandom random = new SplittableRandom(20021207);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L - 86_400, 253_402_300_800L + 86_400);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(UsualForms.text(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }

    @Test
    void theUsualFormsAreReadAndOthersLeftToTheFormatter() {
        assertThat(UsualForms.instant("2025-03-14T09:30:00.12Z")).isEqualTo(Instant.parse("2025-03-14T09:30:00.12Z"));
        assertThat(UsualForms.instant("2025-03-14T09:30:00+01:00")).isNull();
        assertThat(UsualForms.date("2025-03-14")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(UsualForms.date("+12025-03-14")).isNull();
    }
}
