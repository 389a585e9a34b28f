package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The recipient accepts an open offer; its donor becomes a partner of the project. */
record AcceptOffer(@TargetAggregateIdentifier String projectId, String offerId, LocalDate effectiveDate) {
}
