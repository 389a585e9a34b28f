package org.gptracker.microbenchmarks;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.Provenance;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events of one funded project, in the proportions the benchmark's command load sends them
 * (propose, offers, an acceptance, commitments, disbursements, close), as the relay publishes them.
 */
final class ProjectLifecycle {

    private static final Instant RECORDED = Instant.parse("2024-03-14T09:30:00.123456Z");

    private ProjectLifecycle() {
    }

    static List<GpEvent> events(int project) {
        String projectId = new UUID(0x6770L, project).toString();
        String offerCa = new UUID(0x6f66L, project * 2L).toString();
        String offerJp = new UUID(0x6f66L, project * 2L + 1).toString();
        LocalDate proposed = LocalDate.of(2024, 2, 1);
        return List.of(
                new ProjectProposed(projectId, "Strengthen biosecurity at national reference laboratory " + project,
                        "Containment upgrades, sample transport and training for laboratory staff",
                        List.of(Country.of("KE"), Country.of("UG")), CbrnArea.BIOLOGICAL, List.of("BIOSECURITY_AFRICA"),
                        Money.of(new BigDecimal("1850000.00"), "EUR"), List.of("biosafety", "training"), proposed, 2024),
                new SupportOffered(projectId, offerCa, Member.of("CA"), SupportKind.FUNDS,
                        Money.of(new BigDecimal("900000.00"), "CAD"), List.of(), proposed.plusDays(10), 2024),
                new SupportOffered(projectId, offerJp, Member.of("JP"), SupportKind.FUNDS_AND_EXPERTISE,
                        Money.of(new BigDecimal("60000000"), "JPY"), List.of("biosafety"), proposed.plusDays(12), 2024),
                new OfferAccepted(projectId, offerCa, Member.of("CA"), proposed.plusDays(20), 2024),
                new FundingCommitted(projectId, new UUID(0x636fL, project).toString(), Member.of("CA"),
                        Money.of(new BigDecimal("900000.00"), "CAD"), proposed.plusDays(30), 2024),
                new FundsDisbursed(projectId, new UUID(0x6469L, project).toString(), Member.of("CA"),
                        Money.of(new BigDecimal("450000.00"), "CAD"), proposed.plusDays(60), 2024),
                new FundsDisbursed(projectId, new UUID(0x6469L, project + 1L << 20).toString(), Member.of("CA"),
                        Money.of(new BigDecimal("450000.00"), "CAD"), proposed.plusDays(120), 2024),
                new ProjectClosed(projectId, Outcome.COMPLETED, "Delivered and handed over", proposed.plusDays(300), 2024));
    }

    /** The envelopes of {@code projects} lifecycles, each event with its place in its project's stream. */
    static List<EventEnvelope> envelopes(EnvelopeCodec codec, int projects) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int project = 0; project < projects; project++) {
            List<GpEvent> events = events(project);
            for (int sequence = 0; sequence < events.size(); sequence++) {
                String projectId = new UUID(0x6770L, project).toString();
                Provenance provenance = new Provenance(new UUID(0x6576L, project * 16L + sequence).toString(),
                        "/gp-tracker/command-service", projectId, sequence, RECORDED.plusSeconds(sequence),
                        "secretariat-officer", new UUID(0x636dL, project * 16L + sequence).toString());
                envelopes.add(codec.wrap(events.get(sequence), provenance));
            }
        }
        return envelopes;
    }
}
