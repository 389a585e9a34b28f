package org.gptracker.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void percentilesOfMicrosecondsComeOutInMilliseconds() {
        Histogram micros = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= 100; i++) {
            micros.recordValue(i * 1_000L);
        }

        Percentiles percentiles = Percentiles.of(micros);

        assertThat(percentiles.count()).isEqualTo(100);
        assertThat(percentiles.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(percentiles.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(percentiles.maxMs()).isCloseTo(100, within(0.1));
    }

    @Test
    void nothingRecordedGivesZerosAndACountOfZero() {
        assertThat(Percentiles.of(new Histogram(60_000_000L, 3))).isEqualTo(new Percentiles(0, 0, 0, 0));
    }
}
