package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** The donor withdrew its open offer. */
@EventType(name = "gp.project.OfferWithdrawn", version = 1, aggregate = "Project")
public record OfferWithdrawn(
        String projectId,
        String offerId,
        Member donor,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public OfferWithdrawn {
        Required.field(projectId, "projectId");
        Required.field(offerId, "offerId");
        Required.field(donor, "donor");
        Required.field(effectiveDate, "effectiveDate");
    }
}
