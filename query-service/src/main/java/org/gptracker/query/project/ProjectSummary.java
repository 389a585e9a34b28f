package org.gptracker.query.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project in a list (DESIGN §4 "project summary"): the {@code project} answer without description,
 * expertise, partners, offers and money.
 *
 * @param milestones the milestones reached (by the as-of date, if any): proposed, matched, funded, closed
 * @param version    the sequence of the last event applied to the project
 */
record ProjectSummary(
        String projectId,
        String title,
        List<String> recipients,
        String area,
        List<String> priorities,
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
        Money requestedBudget,
        Map<String, Milestone> milestones,
        long version) {

    /** When a milestone took effect, and the presidency that date falls in (null when none). */
    record Milestone(LocalDate date, Integer presidency) {
    }
}
