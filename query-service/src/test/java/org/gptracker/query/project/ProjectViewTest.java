package org.gptracker.query.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.gptracker.query.ProjectStory;
import org.gptracker.query.project.ProjectSummary.Milestone;
import org.gptracker.query.project.ProjectView.DonorAmount;
import org.gptracker.query.project.ProjectView.OfferView;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers' JSON: field names and money are part of the contract (DESIGN §4). */
class ProjectViewTest {

    /** As Spring Boot configures it for the HTTP answers. */
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void theProjectAnswerHasTheContractsShape() throws Exception {
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        milestones.put("proposed", new Milestone(LocalDate.of(2023, 2, 1), 2023));
        milestones.put("matched", new Milestone(LocalDate.of(2023, 3, 5), null));
        ProjectSummary summary = new ProjectSummary("p-1", "Mobile laboratories", List.of("KE"), "BIOLOGICAL",
                List.of("BIOSECURITY_AFRICA"), "FUNDED", null, ProjectStory.money("150000000 JPY"), milestones, 7);

        JsonNode answer = json.readTree(json.writeValueAsString(ProjectView.of(summary, "Labs", List.of("training"),
                List.of("CA"), List.of(new OfferView("o1", "CA", "FUNDS", "ACCEPTED", ProjectStory.money("500.00 CAD")),
                        new OfferView("o2", "JP", "EXPERTISE", "OPEN", null)),
                List.of(new DonorAmount("CA", ProjectStory.money("300.00 CAD"))),
                List.of(new DonorAmount("CA", ProjectStory.money("100.00 CAD"))))));

        assertThat(answer.get("requestedBudget")).hasToString("{\"amount\":\"150000000\",\"currency\":\"JPY\"}");
        assertThat(answer.get("partners")).hasToString("[\"CA\"]");
        assertThat(answer.get("offers")).hasToString("[{\"offerId\":\"o1\",\"donor\":\"CA\",\"kind\":\"FUNDS\",\"state\":\"ACCEPTED\","
                + "\"amount\":{\"amount\":\"500.00\",\"currency\":\"CAD\"}},"
                + "{\"offerId\":\"o2\",\"donor\":\"JP\",\"kind\":\"EXPERTISE\",\"state\":\"OPEN\"}]");
        assertThat(answer.get("committed")).hasToString("[{\"donor\":\"CA\",\"amount\":{\"amount\":\"300.00\",\"currency\":\"CAD\"}}]");
        assertThat(answer.get("disbursed")).hasToString("[{\"donor\":\"CA\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"CAD\"}}]");
        assertThat(answer.get("milestones")).hasToString(
                "{\"proposed\":{\"date\":\"2023-02-01\",\"presidency\":2023},\"matched\":{\"date\":\"2023-03-05\",\"presidency\":null}}");
        assertThat(answer.get("status").asText()).isEqualTo("FUNDED");
        assertThat(answer.has("outcome")).isFalse();
        assertThat(answer.get("version").asLong()).isEqualTo(7);
    }
}
