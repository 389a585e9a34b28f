package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A state joins the partnership on {@code admittedOn}. */
public record AdmitMember(@TargetAggregateIdentifier Member country, LocalDate admittedOn, LocalDate effectiveDate) {
}
