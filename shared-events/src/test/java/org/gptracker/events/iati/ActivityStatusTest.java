package org.gptracker.events.iati;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityStatusTest {

    @Test
    void eachStatusAndOutcomeHasItsIatiCode() {
        assertThat(ActivityStatus.of("PROPOSED", null).code()).isEqualTo("1");
        assertThat(ActivityStatus.of("MATCHED", null).code()).isEqualTo("1");
        assertThat(ActivityStatus.of("FUNDED", null).code()).isEqualTo("2");
        assertThat(ActivityStatus.of("CLOSED", "COMPLETED").code()).isEqualTo("4");
        assertThat(ActivityStatus.of("CLOSED", "CANCELLED").code()).isEqualTo("5");
        assertThat(ActivityStatus.of("CLOSED", "WITHDRAWN").code()).isEqualTo("5");
    }

    @Test
    void aClosedActivityEndsAsItsExtensionSaysElseAsItsCodeImplies() {
        assertThat(ActivityStatus.outcome("5", "WITHDRAWN")).isEqualTo("WITHDRAWN");
        assertThat(ActivityStatus.outcome("5", null)).isEqualTo("CANCELLED");
        assertThat(ActivityStatus.outcome("4", null)).isEqualTo("COMPLETED");
        assertThat(ActivityStatus.outcome("2", "WITHDRAWN")).isNull();
    }
}
