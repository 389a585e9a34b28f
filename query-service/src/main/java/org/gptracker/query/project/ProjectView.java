package org.gptracker.query.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code project} answer of DESIGN §4. Field names are part of the contract. Offers,
 * commitments and disbursements stay empty lists until the events that create them are projected.
 *
 * @param milestones the dates each milestone took effect (proposed, matched, funded, closed), only those reached
 * @param version    the sequence of the last event applied to the project
 */
record ProjectView(
        String projectId,
        String title,
        String description,
        List<String> recipients,
        String area,
        List<String> priorities,
        List<String> expertiseNeeded,
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
        Money requestedBudget,
        List<String> partners,
        List<Object> offers,
        List<Object> committed,
        List<Object> disbursed,
        Map<String, Milestone> milestones,
        long version) {

    /** When a milestone took effect, and the presidency that date falls in (null when none). */
    record Milestone(LocalDate date, Integer presidency) {
    }

    static ProjectView of(ProjectRow project) {
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        milestones.put("proposed", new Milestone(project.proposedOn(), project.proposedPresidency()));
        return new ProjectView(
                project.projectId().toString(),
                project.title(),
                project.description(),
                project.recipients(),
                project.area(),
                project.priorities(),
                project.expertiseNeeded(),
                project.status().name(),
                null,
                project.requestedBudget(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                milestones,
                project.version());
    }
}
