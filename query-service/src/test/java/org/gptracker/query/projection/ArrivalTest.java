package org.gptracker.query.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrivalTest {

    @Test
    void theFirstEventOfANewAggregateIsNext() {
        assertThat(Arrival.of("p-1", -1, 0)).isEqualTo(Arrival.NEXT);
    }

    @Test
    void theEventAfterTheLastAppliedIsNext() {
        assertThat(Arrival.of("p-1", 4, 5)).isEqualTo(Arrival.NEXT);
    }

    @Test
    void anEventAlreadyAppliedIsADuplicate() {
        assertThat(Arrival.of("p-1", 4, 4)).isEqualTo(Arrival.DUPLICATE);
        assertThat(Arrival.of("p-1", 4, 0)).isEqualTo(Arrival.DUPLICATE);
    }

    @Test
    void anEventWithEarlierOnesMissingIsAGapNamingAggregateExpectedAndReceived() {
        assertThatThrownBy(() -> Arrival.of("p-1", 0, 2))
                .isInstanceOfSatisfying(SequenceGapException.class, gap -> {
                    assertThat(gap.aggregateId()).isEqualTo("p-1");
                    assertThat(gap.expected()).isEqualTo(1);
                    assertThat(gap.received()).isEqualTo(2);
                })
                .hasMessageContaining("p-1").hasMessageContaining("expected sequence 1, received 2");
    }

    @Test
    void aNewAggregateWhoseFirstEventIsMissingIsAGap() {
        assertThatThrownBy(() -> Arrival.of("p-1", -1, 1))
                .isInstanceOf(SequenceGapException.class).hasMessageContaining("expected sequence 0, received 1");
    }
}
