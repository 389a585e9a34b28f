package org.gptracker.query.stream;

import org.gptracker.web.RequestValidationException;
import org.gptracker.query.web.QueryParameters;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamFilterTest {

    private static final String PROJECT = "7b0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e";

    @Test
    void withoutCriteriaEveryEventMatches() {
        assertThat(StreamFilter.EVERYTHING.matches(projectEvent(PROJECT, 2025))).isTrue();
        assertThat(StreamFilter.EVERYTHING.matches(presidencyEvent(2025))).isTrue();
    }

    @Test
    void aPresidencyMatchesTheEventsStampedWithIt() {
        StreamFilter of2025 = new StreamFilter(2025, null);

        assertThat(of2025.matches(projectEvent(PROJECT, 2025))).isTrue();
        assertThat(of2025.matches(presidencyEvent(2025))).isTrue();
        assertThat(of2025.matches(projectEvent(PROJECT, 2024))).isFalse();
        assertThat(of2025.matches(projectEvent(PROJECT, null))).isFalse();
    }

    @Test
    void aProjectMatchesOnlyThatProjectsEvents() {
        StreamFilter ofProject = new StreamFilter(null, PROJECT);

        assertThat(ofProject.matches(projectEvent(PROJECT, 2025))).isTrue();
        assertThat(ofProject.matches(projectEvent("0f0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e", 2025))).isFalse();
        assertThat(ofProject.matches(presidencyEvent(2025))).isFalse();
    }

    @Test
    void bothCriteriaMustMatch() {
        StreamFilter both = new StreamFilter(2025, PROJECT);

        assertThat(both.matches(projectEvent(PROJECT, 2025))).isTrue();
        assertThat(both.matches(projectEvent(PROJECT, 2026))).isFalse();
    }

    @Test
    void aProjectIdIsReadInItsCanonicalForm() {
        QueryParameters parameters = new QueryParameters();

        StreamFilter filter = StreamFilter.of(parameters, " 2025 ", PROJECT.toUpperCase());

        parameters.check();
        assertThat(filter).isEqualTo(new StreamFilter(2025, PROJECT));
    }

    @Test
    void aBadPresidencyAndABadProjectAreBothNamed() {
        QueryParameters parameters = new QueryParameters();

        StreamFilter.of(parameters, "1999", "not-a-project");

        assertThatThrownBy(parameters::check).isInstanceOf(RequestValidationException.class)
                .hasMessageContaining("presidency").hasMessageContaining("project");
    }

    static StreamEvent projectEvent(String projectId, Integer presidency) {
        return new StreamEvent(new StreamPosition(1, 1), "e-1", "gp.project.SupportOffered.v1", StreamEvent.PROJECT, projectId,
                1, presidency, LocalDate.of(2025, 3, 1), Instant.parse("2025-03-01T10:00:00Z"), "c-1", "PROPOSED");
    }

    static StreamEvent presidencyEvent(int year) {
        return new StreamEvent(new StreamPosition(1, 2), "e-2", "gp.presidency.PriorityDeclared.v1", "Presidency",
                Integer.toString(year), 1, year, LocalDate.of(year, 1, 10), Instant.parse("2025-01-10T10:00:00Z"), null, null);
    }
}
