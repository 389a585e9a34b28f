package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** The recipient declined an offer. */
@EventType(name = "gp.project.OfferDeclined", version = 1, aggregate = "Project")
public record OfferDeclined(
        String projectId,
        String offerId,
        Member donor,
        String reason,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public OfferDeclined {
        Required.field(projectId, "projectId");
        Required.field(offerId, "offerId");
        Required.field(donor, "donor");
        Required.field(effectiveDate, "effectiveDate");
    }
}
