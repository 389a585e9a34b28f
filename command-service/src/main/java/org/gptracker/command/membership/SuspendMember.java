package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Country;

import java.time.LocalDate;

/** A member is suspended from {@code since} (the first day it is not in good standing). */
public record SuspendMember(@TargetAggregateIdentifier Country country, LocalDate since, String reason, LocalDate effectiveDate) {
}
