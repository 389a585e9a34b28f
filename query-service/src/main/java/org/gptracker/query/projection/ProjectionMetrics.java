package org.gptracker.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** What the projector did with the events it received. */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final Counter duplicates;
    private final Counter gaps;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> lastAppliedRecordedAt = new AtomicReference<>();

    ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("gp.projection.lag", this, ProjectionMetrics::lagSeconds)
                .description("Seconds from the recordedAt of the event this instance applied last (on any partition) to now; NaN before its first. "
                        + "It also grows while no command arrives: read it with the consumer lag")
                .baseUnit("seconds")
                .register(registry);
        this.duplicates = Counter.builder("gp.projection.duplicates")
                .description("Events received again after they were applied, and skipped")
                .register(registry);
        this.gaps = Counter.builder("gp.projection.sequence.gaps")
                .description("Times an event arrived with earlier events of its aggregate missing; rises on every retry while a partition is halted")
                .register(registry);
    }

    void applied(String eventType, Instant recordedAt) {
        if (recordedAt != null) {
            lastAppliedRecordedAt.set(recordedAt);
        }
        Counter.builder("gp.projection.applied")
                .description("Events applied to the read models")
                .tag("type", eventType)
                .register(registry)
                .increment();
    }

    private double lagSeconds() {
        Instant last = lastAppliedRecordedAt.get();
        return last == null ? Double.NaN : Duration.between(last, clock.instant()).toNanos() / 1e9;
    }

    void duplicate() {
        duplicates.increment();
    }

    void gap() {
        gaps.increment();
    }
}
