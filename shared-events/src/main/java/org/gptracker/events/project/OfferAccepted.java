package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** The recipient accepted an offer; its donor became a partner of the project. */
@EventType(name = "gp.project.OfferAccepted", version = 1, aggregate = "Project")
public record OfferAccepted(
        String projectId,
        String offerId,
        Member donor,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public OfferAccepted {
        Required.field(projectId, "projectId");
        Required.field(offerId, "offerId");
        Required.field(donor, "donor");
        Required.field(effectiveDate, "effectiveDate");
    }
}
