package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/** A partner committed funding (an IATI outgoing commitment). */
@EventType(name = "gp.project.FundingCommitted", version = 1, aggregate = "Project")
public record FundingCommitted(
        String projectId,
        String commitmentId,
        Member donor,
        Money amount,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public FundingCommitted {
        Required.field(projectId, "projectId");
        Required.field(commitmentId, "commitmentId");
        Required.field(donor, "donor");
        Required.field(amount, "amount");
        Required.field(effectiveDate, "effectiveDate");
    }
}
