package org.gptracker.query.export;

import org.gptracker.events.value.CbrnArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void membersAreNamedInEnglishTheEuropeanUnionToo() {
        assertThat(Labels.member("MG")).isEqualTo("Madagascar");
        assertThat(Labels.member("JP")).isEqualTo("Japan");
        assertThat(Labels.member("EU")).isEqualTo("European Union");
    }

    @Test
    void everyAreaAndStatusHasALabel() {
        assertThat(CbrnArea.values()).extracting(Labels::area)
                .containsExactly("Chemical", "Biological", "Radiological", "Nuclear", "Cross-cutting");
        assertThat(Labels.status("MATCHED")).isEqualTo("Matched");
    }
}
