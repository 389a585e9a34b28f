package org.gptracker.query.export;

import org.gptracker.events.iati.Iati;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/**
 * Money a donor pledged (an accepted offer of funds), committed or disbursed, as IATI reports it.
 *
 * @param ref      the offer's, commitment's or disbursement's id
 * @param date     its effective date (for a pledge, the offer's)
 * @param sequence its event's place in the project's stream
 */
record Transaction(Type type, String ref, String donor, Money value, LocalDate date, long sequence) {

    /** The kinds of transaction, in the order a project's steps come, with their IATI TransactionType code. */
    enum Type {
        PLEDGE(Iati.PLEDGE), COMMITMENT(Iati.COMMITMENT), DISBURSEMENT(Iati.DISBURSEMENT);

        private final String iatiCode;

        Type(String iatiCode) {
            this.iatiCode = iatiCode;
        }

        String iatiCode() {
            return iatiCode;
        }
    }
}
