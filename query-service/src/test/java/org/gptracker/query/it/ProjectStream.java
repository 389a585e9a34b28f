package org.gptracker.query.it;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.gptracker.query.EventRecords.envelope;

/**
 * One new project's events as the command side would publish them, numbered in stream order. Each kind
 * of event is a valid next step of the lifecycle, so every read model can apply the stream.
 */
final class ProjectStream {

    final String projectId = UUID.randomUUID().toString();
    private long nextSequence;

    /** The next event of the stream, recorded then by that actor in the request with that correlation id. */
    EventEnvelope next(GpEvent event, Instant recordedAt, String actor, String correlationId) {
        return envelope(event, projectId, nextSequence++, recordedAt, actor, correlationId);
    }

    ProjectProposed proposal(LocalDate on, Integer presidency) {
        return new ProjectProposed(projectId, "Biosafety level 3 laboratory in Nairobi", "Containment upgrade and training",
                List.of(Country.of("KE")), CbrnArea.BIOLOGICAL, List.of("BIOSECURITY_AFRICA"),
                Money.of(new BigDecimal("1800000.00"), "EUR"), List.of("biosafety"), on, presidency);
    }

    SupportOffered offer(String offerId, String donor, LocalDate on, Integer presidency) {
        return new SupportOffered(projectId, offerId, Member.of(donor), SupportKind.FUNDS_AND_EXPERTISE,
                Money.of(new BigDecimal("600000.00"), "EUR"), List.of("biosafety"), on, presidency);
    }

    OfferAccepted acceptance(String offerId, String donor, LocalDate on, Integer presidency) {
        return new OfferAccepted(projectId, offerId, Member.of(donor), on, presidency);
    }

    FundingCommitted commitment(String donor, String amount, LocalDate on, Integer presidency) {
        return new FundingCommitted(projectId, UUID.randomUUID().toString(), Member.of(donor),
                Money.of(new BigDecimal(amount), "EUR"), on, presidency);
    }

    FundsDisbursed disbursement(String donor, String amount, LocalDate on, Integer presidency) {
        return new FundsDisbursed(projectId, UUID.randomUUID().toString(), Member.of(donor),
                Money.of(new BigDecimal(amount), "EUR"), on, presidency);
    }

    ProjectClosed closure(Outcome outcome, LocalDate on, Integer presidency) {
        return new ProjectClosed(projectId, outcome, "Closed as " + outcome, on, presidency);
    }
}
