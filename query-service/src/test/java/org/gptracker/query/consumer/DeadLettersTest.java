package org.gptracker.query.consumer;

import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {

    @Test
    void theReasonIsWhyTheRecordCouldNotBeReadHoweverDeepTheListenerWrappedIt() {
        Exception failure = new ListenerExecutionFailedException("Listener method threw",
                new IllegalStateException("invocation failed", new InvalidEnvelopeException("unknown event type 'x.v1'")));

        assertThat(DeadLetters.reason(failure)).isEqualTo("unknown event type 'x.v1'");
    }
}
