package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Country;

import java.time.LocalDate;

/** A state joins the partnership on {@code admittedOn}. */
public record AdmitMember(@TargetAggregateIdentifier Country country, LocalDate admittedOn, LocalDate effectiveDate) {
}
