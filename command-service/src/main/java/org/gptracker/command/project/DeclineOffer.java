package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The recipient declines an open offer, saying why. */
record DeclineOffer(@TargetAggregateIdentifier String projectId, String offerId, String reason, LocalDate effectiveDate) {
}
