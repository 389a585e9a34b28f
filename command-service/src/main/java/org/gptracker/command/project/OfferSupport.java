package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** A member offers funds, expertise or both; the sender chooses the new offer's id. */
record OfferSupport(
        @TargetAggregateIdentifier String projectId,
        String offerId,
        Member donor,
        SupportKind kind,
        Money amount,
        List<String> expertise,
        LocalDate effectiveDate) {
}
