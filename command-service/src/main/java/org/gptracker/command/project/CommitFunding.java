package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/** A partner commits funding; the sender chooses the commitment's id. */
record CommitFunding(
        @TargetAggregateIdentifier String projectId,
        String commitmentId,
        Member donor,
        Money amount,
        LocalDate effectiveDate) {
}
