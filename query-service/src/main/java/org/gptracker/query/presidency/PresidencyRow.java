package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A presidency as it stands after its last applied event: one row of {@code read.presidency}.
 *
 * @param openedOn the effective date it was opened on
 * @param version  the sequence of the last event applied to it
 */
record PresidencyRow(int year, String chair, LocalDate startsOn, LocalDate endsOn, LocalDate openedOn,
                     LocalDate closedOn, Integer successorYear, long version, Instant updatedAt) {

    static PresidencyRow opened(PresidencyOpened event, EventEnvelope envelope) {
        return new PresidencyRow(year(event.year(), envelope), event.chair().code(), event.startsOn(), event.endsOn(),
                event.effectiveDate(), null, null, envelope.sequence(), envelope.time());
    }

    PresidencyRow closed(PresidencyClosed event, EventEnvelope envelope) {
        checkSamePresidency(event.year(), envelope);
        return new PresidencyRow(year, chair, startsOn, endsOn, openedOn, event.closedOn(), event.successorYear(),
                envelope.sequence(), envelope.time());
    }

    PresidencyRow handedOver(ChairHandedOver event, EventEnvelope envelope) {
        checkSamePresidency(event.year(), envelope);
        return new PresidencyRow(year, event.chair().code(), startsOn, endsOn, openedOn, closedOn, successorYear,
                envelope.sequence(), envelope.time());
    }

    /** A priority declared later changes nothing of the row itself but advances it. */
    PresidencyRow recorded(Integer eventYear, EventEnvelope envelope) {
        checkSamePresidency(eventYear, envelope);
        return new PresidencyRow(year, chair, startsOn, endsOn, openedOn, closedOn, successorYear, envelope.sequence(),
                envelope.time());
    }

    private void checkSamePresidency(Integer eventYear, EventEnvelope envelope) {
        if (year(eventYear, envelope) != year) {
            throw new IllegalStateException("event " + envelope.id() + " of presidency " + eventYear + " applied to presidency " + year);
        }
    }

    /** The presidency's year, which must be the envelope's subject: the aggregate whose position the event advances. */
    static int year(Integer eventYear, EventEnvelope envelope) {
        if (!String.valueOf(eventYear).equals(envelope.subject())) {
            throw new InvalidEnvelopeException("data.year '" + eventYear + "' is not the envelope's subject '"
                    + envelope.subject() + "'");
        }
        return eventYear;
    }
}
