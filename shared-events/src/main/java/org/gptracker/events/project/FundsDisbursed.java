package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/** A partner disbursed funds it had committed (an IATI disbursement). */
@EventType(name = "gp.project.FundsDisbursed", version = 1, aggregate = "Project")
public record FundsDisbursed(
        String projectId,
        String disbursementId,
        Member donor,
        Money amount,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public FundsDisbursed {
        Required.field(projectId, "projectId");
        Required.field(disbursementId, "disbursementId");
        Required.field(donor, "donor");
        Required.field(amount, "amount");
        Required.field(effectiveDate, "effectiveDate");
    }
}
