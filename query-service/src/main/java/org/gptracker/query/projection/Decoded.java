package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;

/** An event read from one record of {@code gp.events}: its envelope and its typed data. */
record Decoded(EventEnvelope envelope, GpEvent event) {

    /** @throws InvalidEnvelopeException when the record is not a readable event of the contract */
    static Decoded of(EnvelopeCodec codec, byte[] record) {
        EventEnvelope envelope = codec.decode(record);
        return new Decoded(envelope, codec.payload(envelope));
    }
}
