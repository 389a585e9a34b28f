package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.Money;

import java.time.LocalDate;

/**
 * An offer of support to a project: one row of {@code read.project_offer}. It keeps the dates it was made
 * and decided on, so its state at any date can be read back.
 *
 * @param amount    null for an offer of expertise only
 * @param decidedOn when it was accepted, declined or withdrawn; null while it is open
 */
record Offer(String offerId, String donor, String kind, Money amount, OfferState state,
             LocalDate offeredOn, Integer offeredPresidency, long offeredSequence,
             LocalDate decidedOn, Integer decidedPresidency, Long decidedSequence) {

    /** States an offer can be in. */
    enum OfferState {
        OPEN, ACCEPTED, DECLINED, WITHDRAWN
    }

    static Offer made(SupportOffered event, EventEnvelope envelope) {
        return new Offer(event.offerId(), event.donor().code(), event.kind().name(), event.amount(), OfferState.OPEN,
                event.effectiveDate(), event.presidencyYear(), envelope.sequence(), null, null, null);
    }

    /** Only an open offer is decided on, once (the aggregate's rule); anything else means the read model is broken. */
    Offer decided(OfferState decision, GpEvent event, EventEnvelope envelope) {
        if (state != OfferState.OPEN) {
            throw new IllegalStateException("offer " + offerId + " is " + state + ", not open: event " + envelope.id()
                    + " cannot make it " + decision);
        }
        return new Offer(offerId, donor, kind, amount, decision, offeredOn, offeredPresidency, offeredSequence,
                event.effectiveDate(), event.presidencyYear(), envelope.sequence());
    }
}
