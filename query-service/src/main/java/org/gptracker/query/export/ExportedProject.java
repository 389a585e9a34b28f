package org.gptracker.query.export;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as an export shows it, now or as of the end of a date (DESIGN §4 "as-of", §8).
 *
 * @param status       PROPOSED, MATCHED, FUNDED or CLOSED
 * @param outcome      COMPLETED, CANCELLED or WITHDRAWN when closed, else null
 * @param lastUpdated  when its last event was recorded
 * @param partners     the donors with an accepted offer, by code
 * @param transactions pledges (accepted offers of money), commitments and disbursements, by date
 */
record ExportedProject(
        String projectId,
        String title,
        String description,
        List<String> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        String status,
        String outcome,
        LocalDate proposedOn,
        Integer proposedPresidency,
        LocalDate matchedOn,
        LocalDate fundedOn,
        LocalDate closedOn,
        Instant lastUpdated,
        List<String> partners,
        List<Transaction> transactions) {

    ExportedProject {
        recipients = List.copyOf(recipients);
        priorities = List.copyOf(priorities);
        partners = List.copyOf(partners);
        transactions = List.copyOf(transactions);
    }
}
