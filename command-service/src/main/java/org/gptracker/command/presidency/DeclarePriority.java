package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** An open presidency declares one more priority. */
public record DeclarePriority(@TargetAggregateIdentifier int year, String code, String title, LocalDate effectiveDate) {
}
