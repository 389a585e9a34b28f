package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/** A partner pays out funds it has committed; the sender chooses the disbursement's id. */
record DisburseFunds(
        @TargetAggregateIdentifier String projectId,
        String disbursementId,
        Member donor,
        Money amount,
        LocalDate effectiveDate) {
}
