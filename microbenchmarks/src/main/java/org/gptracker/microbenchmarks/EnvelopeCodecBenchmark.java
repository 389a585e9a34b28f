package org.gptracker.microbenchmarks;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost per event of the CloudEvents envelope: {@code encode} is what the relay does before each send,
 * {@code decode} and {@code decodeAndRead} what the query side does with each record it consumes
 * (live projection and rebuild alike). Each invocation handles one event, cycling through a mix of
 * 64 projects' lifecycles so no single message shape is all the JIT sees.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnvelopeCodecBenchmark {

    static final int PROJECTS = 64;

    private final EnvelopeCodec codec = EnvelopeCodec.standard();
    private EventEnvelope[] envelopes;
    private byte[][] records;
    private int next;

    @Setup
    public void prepare() {
        List<EventEnvelope> mix = ProjectLifecycle.envelopes(codec, PROJECTS);
        envelopes = mix.toArray(EventEnvelope[]::new);
        records = mix.stream().map(codec::encode).toArray(byte[][]::new);
    }

    private int nextIndex() {
        int index = next;
        next = index + 1 == envelopes.length ? 0 : index + 1;
        return index;
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(envelopes[nextIndex()]);
    }

    @Benchmark
    public EventEnvelope decode() {
        return codec.decode(records[nextIndex()]);
    }

    @Benchmark
    public GpEvent decodeAndRead() {
        return codec.payload(codec.decode(records[nextIndex()]));
    }

    int events() {
        return envelopes.length;
    }
}
