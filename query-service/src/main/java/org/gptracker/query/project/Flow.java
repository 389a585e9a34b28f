package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/**
 * One movement of money for a project, a commitment or a disbursement: one row of {@code read.project_flow}.
 * Kept one by one with its effective date, so sums at any date and within any presidency's window are SQL.
 */
record Flow(Kind kind, String flowId, String donor, Money amount, LocalDate effectiveDate, Integer presidency,
            long sequence) {

    enum Kind {
        COMMITMENT, DISBURSEMENT
    }

    static Flow of(FundingCommitted event, EventEnvelope envelope) {
        return new Flow(Kind.COMMITMENT, event.commitmentId(), event.donor().code(), event.amount(),
                event.effectiveDate(), event.presidencyYear(), envelope.sequence());
    }

    static Flow of(FundsDisbursed event, EventEnvelope envelope) {
        return new Flow(Kind.DISBURSEMENT, event.disbursementId(), event.donor().code(), event.amount(),
                event.effectiveDate(), event.presidencyYear(), envelope.sequence());
    }
}
