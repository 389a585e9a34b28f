package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A presidency ends on {@code closedOn}, optionally naming the presidency that follows it. */
public record ClosePresidency(@TargetAggregateIdentifier int year, LocalDate closedOn, Integer successorYear, LocalDate effectiveDate) {
}
