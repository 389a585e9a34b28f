package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.project.Outcome;

import java.time.LocalDate;

/** Ends the project; nothing may happen to it afterwards. */
record CloseProject(@TargetAggregateIdentifier String projectId, Outcome outcome, String summary, LocalDate effectiveDate) {
}
