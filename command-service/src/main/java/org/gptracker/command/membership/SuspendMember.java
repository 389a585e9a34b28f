package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A member is suspended from {@code since} (the first day it is not in good standing). */
public record SuspendMember(@TargetAggregateIdentifier Member country, LocalDate since, String reason, LocalDate effectiveDate) {
}
