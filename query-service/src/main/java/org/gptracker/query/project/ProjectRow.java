package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as it stands after its last applied event: one row of {@code read.project}; each event of its
 * stream turns one into the next, as plain code. Offers and money flows are rows of their own ({@link Offer},
 * {@link Flow}). Status and milestone dates: DESIGN §4 "Read models".
 *
 * @param matched the earliest accepted offer, null until one is accepted
 * @param funded  the earliest commitment, null until funding is committed
 * @param closed  the closure, null while the project is open
 * @param version the sequence of the last event applied to it
 */
record ProjectRow(
        UUID projectId,
        String title,
        String description,
        List<String> recipients,
        String area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        ProjectStatus status,
        String outcome,
        LocalDate proposedOn,
        Integer proposedPresidency,
        Milestone matched,
        Milestone funded,
        Milestone closed,
        long version,
        Instant updatedAt) {

    /** When a milestone took effect, and the presidency that date falls in (null when none). */
    record Milestone(LocalDate date, Integer presidency) {

        static Milestone of(GpEvent event) {
            return new Milestone(event.effectiveDate(), event.presidencyYear());
        }

        /** The earlier of this milestone and the one {@code event} reaches; the one already known on the same date. */
        static Milestone earliest(Milestone known, GpEvent event) {
            return known != null && !event.effectiveDate().isBefore(known.date()) ? known : of(event);
        }
    }

    ProjectRow {
        recipients = List.copyOf(recipients);
        priorities = List.copyOf(priorities);
        expertiseNeeded = List.copyOf(expertiseNeeded);
    }

    static ProjectRow proposed(ProjectProposed event, EventEnvelope envelope) {
        return new ProjectRow(projectId(event.projectId(), envelope), event.title(), event.description(),
                codes(event.recipients()), event.area().name(), event.priorities(), event.requestedBudget(),
                event.expertiseNeeded(), ProjectStatus.PROPOSED, null, event.effectiveDate(), event.presidencyYear(),
                null, null, null, envelope.sequence(), envelope.time());
    }

    /** Only the fields the revision carries change. */
    ProjectRow revised(ProposalRevised event, EventEnvelope envelope) {
        checkSameProject(event.projectId(), envelope);
        return new ProjectRow(projectId,
                event.title() != null ? event.title() : title,
                event.description() != null ? event.description() : description,
                event.recipients() != null ? codes(event.recipients()) : recipients,
                event.area() != null ? event.area().name() : area,
                event.priorities() != null ? event.priorities() : priorities,
                event.requestedBudget() != null ? event.requestedBudget() : requestedBudget,
                event.expertiseNeeded() != null ? event.expertiseNeeded() : expertiseNeeded,
                status, outcome, proposedOn, proposedPresidency, matched, funded, closed,
                envelope.sequence(), envelope.time());
    }

    /** The first acceptance matches a proposed project; the earliest one dates the milestone. */
    ProjectRow accepted(OfferAccepted event, EventEnvelope envelope) {
        checkSameProject(event.projectId(), envelope);
        ProjectStatus next = status == ProjectStatus.PROPOSED ? ProjectStatus.MATCHED : status;
        return new ProjectRow(projectId, title, description, recipients, area, priorities, requestedBudget,
                expertiseNeeded, next, outcome, proposedOn, proposedPresidency, Milestone.earliest(matched, event),
                funded, closed, envelope.sequence(), envelope.time());
    }

    /** The first commitment funds the project; the earliest one dates the milestone. */
    ProjectRow committed(FundingCommitted event, EventEnvelope envelope) {
        checkSameProject(event.projectId(), envelope);
        ProjectStatus next = status == ProjectStatus.CLOSED ? status : ProjectStatus.FUNDED;
        return new ProjectRow(projectId, title, description, recipients, area, priorities, requestedBudget,
                expertiseNeeded, next, outcome, proposedOn, proposedPresidency, matched,
                Milestone.earliest(funded, event), closed, envelope.sequence(), envelope.time());
    }

    ProjectRow closed(ProjectClosed event, EventEnvelope envelope) {
        checkSameProject(event.projectId(), envelope);
        return new ProjectRow(projectId, title, description, recipients, area, priorities, requestedBudget,
                expertiseNeeded, ProjectStatus.CLOSED, event.outcome().name(), proposedOn, proposedPresidency, matched,
                funded, Milestone.of(event), envelope.sequence(), envelope.time());
    }

    /** An event that changes nothing of the row itself (an offer, a decision on one, a disbursement) still advances it. */
    ProjectRow recorded(String eventProjectId, EventEnvelope envelope) {
        checkSameProject(eventProjectId, envelope);
        return new ProjectRow(projectId, title, description, recipients, area, priorities, requestedBudget,
                expertiseNeeded, status, outcome, proposedOn, proposedPresidency, matched, funded, closed,
                envelope.sequence(), envelope.time());
    }

    private void checkSameProject(String eventProjectId, EventEnvelope envelope) {
        UUID id = projectId(eventProjectId, envelope);
        if (!id.equals(projectId)) {
            throw new IllegalStateException("event " + envelope.id() + " of project " + id + " applied to project " + projectId);
        }
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).toList();
    }

    /** The project id, which must be the envelope's subject: the aggregate whose position the event advances. */
    static UUID projectId(String eventProjectId, EventEnvelope envelope) {
        if (!eventProjectId.equals(envelope.subject())) {
            throw new InvalidEnvelopeException("data.projectId '" + eventProjectId
                    + "' is not the envelope's subject '" + envelope.subject() + "'");
        }
        try {
            return UUID.fromString(eventProjectId);
        } catch (IllegalArgumentException e) {
            throw new InvalidEnvelopeException("data.projectId '" + eventProjectId + "' is not a UUID");
        }
    }
}
