package org.gptracker.query.projection;

import org.gptracker.events.envelope.InvalidEnvelopeException;

/**
 * The one place where each decoded event is checked before it is applied, live and in a rebuild alike: against its
 * aggregate's position (the {@link Arrival} rule), then handed to every projection if it is the next one. A check of
 * another kind (e.g. an audit hash chain) belongs here too, before any store sees the event.
 */
final class InOrder {

    private InOrder() {
    }

    /**
     * @throws SequenceGapException     when earlier events of the aggregate are missing: nothing applied
     * @throws InvalidEnvelopeException when a projection refuses the event: nothing applied
     */
    static Arrival apply(Decoded decoded, PositionStore positions, Stores stores) {
        Arrival arrival = positions.arrival(decoded.envelope());
        if (arrival == Arrival.NEXT) {
            stores.apply(decoded.event(), decoded.envelope());
            positions.advance(decoded.envelope());
        } else {
            stores.skipped(decoded.event(), decoded.envelope());
        }
        return arrival;
    }
}
