package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as it stands after its last applied event: one row of {@code read.project}.
 *
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
        LocalDate proposedOn,
        Integer proposedPresidency,
        long version,
        Instant updatedAt) {

    static ProjectRow proposed(ProjectProposed event, EventEnvelope envelope) {
        return new ProjectRow(
                projectId(event, envelope),
                event.title(),
                event.description(),
                event.recipients().stream().map(Country::code).toList(),
                event.area().name(),
                event.priorities(),
                event.requestedBudget(),
                event.expertiseNeeded(),
                ProjectStatus.PROPOSED,
                event.effectiveDate(),
                event.presidencyYear(),
                envelope.sequence(),
                envelope.time());
    }

    /** The project id, which must be the envelope's subject: the aggregate whose position the event advances. */
    private static UUID projectId(ProjectProposed event, EventEnvelope envelope) {
        if (!event.projectId().equals(envelope.subject())) {
            throw new InvalidEnvelopeException("data.projectId '" + event.projectId()
                    + "' is not the envelope's subject '" + envelope.subject() + "'");
        }
        try {
            return UUID.fromString(event.projectId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEnvelopeException("data.projectId '" + event.projectId() + "' is not a UUID");
        }
    }
}
