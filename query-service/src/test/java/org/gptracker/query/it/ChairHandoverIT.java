package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.query.PresidencyStory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 2014: Russia opened the presidency, Germany chaired it from June. */
class ChairHandoverIT extends QueryServiceTestBase {

    private static final int PARTITION = 0;

    @Test
    void aPresidencyHandedOverShowsEveryChairAndTheOneChairingAtEachDate() throws Exception {
        PresidencyStory story = PresidencyStory.of(2014).opened("2013-12-01", "RU").handedOver("2014-06-01", "DE");
        for (int sequence = 0; sequence < story.size(); sequence++) {
            publish(PARTITION, story.aggregateId(), story.record(sequence));
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            var answer = http.getForEntity("/api/presidencies/2014", String.class);
            return answer.getStatusCode() == HttpStatus.OK && json.readTree(answer.getBody()).get("chair").asText().equals("DE");
        });
        JsonNode now = json.readTree(http.getForEntity("/api/presidencies/2014", String.class).getBody());
        JsonNode inMarch = json.readTree(http.getForEntity("/api/presidencies/2014?asOf=2014-03-31", String.class).getBody());
        JsonNode listed = json.readTree(http.getForEntity("/api/presidencies", String.class).getBody());

        assertThat(now.get("chairs")).hasToString(
                "[{\"chair\":\"RU\",\"since\":\"2014-01-01\"},{\"chair\":\"DE\",\"since\":\"2014-06-01\"}]");
        assertThat(inMarch.get("chair").asText()).isEqualTo("RU");
        assertThat(inMarch.get("chairs")).hasSize(1);
        JsonNode entry = null;
        for (JsonNode presidency : listed.get("presidencies")) {
            if (presidency.get("year").asInt() == 2014) {
                entry = presidency;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("chair").asText()).isEqualTo("DE");
        assertThat(entry.get("chairs")).hasSize(2);
    }
}
