package org.gptracker.query.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gptracker.events.value.Money;
import org.gptracker.query.project.ProjectSummary.Milestone;

import java.util.List;
import java.util.Map;

/**
 * The {@code project} answer of DESIGN §4. Field names are part of the contract.
 *
 * @param partners   donors with an accepted offer, in the order they became partners
 * @param committed  money committed, summed per donor and currency
 * @param disbursed  money disbursed, summed per donor and currency
 * @param milestones the milestones reached: proposed, matched, funded, closed
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
        List<OfferView> offers,
        List<DonorAmount> committed,
        List<DonorAmount> disbursed,
        Map<String, Milestone> milestones,
        long version) {

    /** An offer; {@code amount} is absent for an offer of expertise only. */
    record OfferView(String offerId, String donor, String kind, String state,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Money amount) {
    }

    /** An amount of money from one donor: {@code {"donor":"CA","amount":{"amount":"1000.00","currency":"CAD"}}}. */
    record DonorAmount(String donor, Money amount) {
    }

    static ProjectView of(ProjectSummary summary, String description, List<String> expertiseNeeded, List<String> partners,
                          List<OfferView> offers, List<DonorAmount> committed, List<DonorAmount> disbursed) {
        return new ProjectView(summary.projectId(), summary.title(), description, summary.recipients(), summary.area(),
                summary.priorities(), expertiseNeeded, summary.status(), summary.outcome(), summary.requestedBudget(),
                partners, offers, committed, disbursed, summary.milestones(), summary.version());
    }
}
