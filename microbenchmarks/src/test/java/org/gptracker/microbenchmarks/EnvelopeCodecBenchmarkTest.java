package org.gptracker.microbenchmarks;

import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCodecBenchmarkTest {

    private final EnvelopeCodec codec = EnvelopeCodec.standard();

    @Test
    void everyBenchmarkedEventIsAValidEnvelopeThatReadsBackToTheSameEvent() {
        List<EventEnvelope> envelopes = ProjectLifecycle.envelopes(codec, 2);

        assertThat(envelopes).hasSize(2 * ProjectLifecycle.events(0).size());
        for (EventEnvelope envelope : envelopes) {
            EventEnvelope decoded = codec.decode(codec.encode(envelope));
            assertThat(decoded).isEqualTo(envelope);
            assertThat(codec.payload(decoded)).isEqualTo(ProjectLifecycle.events(project(envelopes, envelope))
                    .get((int) envelope.sequence()));
        }
    }

    @Test
    void eachInvocationHandlesTheNextEventOfTheMixAndWrapsAround() {
        EnvelopeCodecBenchmark benchmark = new EnvelopeCodecBenchmark();
        benchmark.prepare();
        int events = benchmark.events();

        List<String> firstRound = new java.util.ArrayList<>();
        for (int i = 0; i < events; i++) {
            firstRound.add(benchmark.decode().id());
        }
        assertThat(firstRound).doesNotHaveDuplicates().hasSize(EnvelopeCodecBenchmark.PROJECTS * 8);
        assertThat(benchmark.decodeAndRead()).isEqualTo(ProjectLifecycle.events(0).get(0));
        assertThat(codec.decode(benchmark.encode()).sequence()).isEqualTo(1);
    }

    private static int project(List<EventEnvelope> envelopes, EventEnvelope envelope) {
        return envelopes.indexOf(envelope) / ProjectLifecycle.events(0).size();
    }
}
