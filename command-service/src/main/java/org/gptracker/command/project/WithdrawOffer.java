package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The donor withdraws its open offer. */
record WithdrawOffer(@TargetAggregateIdentifier String projectId, String offerId, LocalDate effectiveDate) {
}
