package org.gptracker.query.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogBufferTest {

    @Test
    void eachEventIsOneCsvRowWithTextsQuotedAndAbsentValuesEmpty() {
        LoggedEvent event = new LoggedEvent("e-1", "Project", "p-1", 3, "gp.project.ProposalRevised.v1",
                LocalDate.of(2023, 5, 2), Instant.parse("2023-05-02T10:15:30.123Z"), null, "kenji", null,
                "{\"title\":\"A \\\"quoted\\\" title, with a comma\"}");

        assertThat(EventLogBuffer.csv(List.of(event))).isEqualTo("\"e-1\",\"Project\",\"p-1\",3,"
                + "\"gp.project.ProposalRevised.v1\",2023-05-02,2023-05-02T10:15:30.123Z,,\"kenji\",,"
                + "\"{\"\"title\"\":\"\"A \\\"\"quoted\\\"\" title, with a comma\"\"}\"\n");
    }
}
