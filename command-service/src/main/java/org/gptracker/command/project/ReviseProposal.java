package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** Changes a proposal while it is still only proposed; a null field stays as it was. */
record ReviseProposal(
        @TargetAggregateIdentifier String projectId,
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        LocalDate effectiveDate) {
}
