package org.gptracker.query.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogStoreTest {

    @Test
    void eachEventIsOneLineOfCopyTextWithAbsentValuesAsNullAndBackslashesEscaped() {
        LoggedEvent event = new LoggedEvent("e-1", "Project", "p-1", 3, "gp.project.ProposalRevised.v1",
                LocalDate.of(2023, 5, 2), Instant.parse("2023-05-02T10:15:30.123Z"), null, "kenji\tthe\nauditor", null,
                "{\"title\":\"A \\\"quoted\\\" title\"}");

        assertThat(EventLogStore.rows(List.of(event)).asText()).isEqualTo("e-1\tProject\tp-1\t3\tgp.project.ProposalRevised.v1\t"
                + "2023-05-02\t2023-05-02T10:15:30.123Z\t\\N\tkenji\\tthe\\nauditor\t\\N\t"
                + "{\"title\":\"A \\\\\"quoted\\\\\" title\"}\n");
    }
}
