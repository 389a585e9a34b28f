package org.gptracker.query.stream;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.LiveProjectionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Logs each event the live projection applies into the stream's log, in the projection's transaction, and wakes
 * the {@link StreamHub} once that transaction has committed: the projection thread never waits for a client.
 */
@Component
class StreamRecorder implements LiveProjectionListener {

    /** An event logged for the stream in the current transaction. */
    record Logged(String eventId) {
    }

    private final StreamLog log;
    private final StreamHub hub;
    private final ApplicationEventPublisher events;

    StreamRecorder(StreamLog log, StreamHub hub, ApplicationEventPublisher events) {
        this.log = log;
        this.hub = hub;
        this.events = events;
    }

    @Override
    public void applied(EventEnvelope envelope) {
        record(envelope);
    }

    /**
     * A redelivered event was streamed when it was applied and is not streamed again. One that a rebuild applied
     * before the live projection came to it (in the rebuild's last catch-up) was never streamed: it is now.
     */
    @Override
    public void skipped(EventEnvelope envelope) {
        record(envelope);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(Logged logged) {
        hub.wake();
    }

    private void record(EventEnvelope envelope) {
        if (log.log(envelope.id())) {
            events.publishEvent(new Logged(envelope.id()));
        }
    }
}
