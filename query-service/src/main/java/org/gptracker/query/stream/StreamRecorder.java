package org.gptracker.query.stream;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.LiveProjectionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Logs each event the live projection applies into the stream's log, in the projection's transaction, and wakes
 * the {@link StreamHub} once that transaction has committed: the projection thread never waits for a client.
 */
@Component
class StreamRecorder implements LiveProjectionListener {

    private final StreamLog log;
    private final StreamHub hub;

    StreamRecorder(StreamLog log, StreamHub hub) {
        this.log = log;
        this.hub = hub;
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

    private void record(EventEnvelope envelope) {
        if (log.log(envelope.id()) && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hub.wake();
                }
            });
        }
    }
}
