package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A suspended member is reinstated from {@code since} (the first day it is in good standing again). */
public record ReinstateMember(@TargetAggregateIdentifier Member country, LocalDate since, LocalDate effectiveDate) {
}
