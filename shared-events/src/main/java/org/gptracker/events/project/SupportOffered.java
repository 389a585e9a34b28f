package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** A member offered funds, expertise or both (an IATI outgoing pledge). */
@EventType(name = "gp.project.SupportOffered", version = 1, aggregate = "Project")
public record SupportOffered(
        String projectId,
        String offerId,
        Member donor,
        SupportKind kind,
        Money amount,
        List<String> expertise,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public SupportOffered {
        Required.field(projectId, "projectId");
        Required.field(offerId, "offerId");
        Required.field(donor, "donor");
        Required.field(kind, "kind");
        Required.field(effectiveDate, "effectiveDate");
        expertise = expertise == null ? null : List.copyOf(expertise);
    }
}
