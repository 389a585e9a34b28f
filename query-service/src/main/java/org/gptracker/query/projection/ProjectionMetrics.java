package org.gptracker.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What the projector did with the events it received. */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final Counter duplicates;
    private final Counter gaps;

    ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.duplicates = Counter.builder("gp.projection.duplicates")
                .description("Events received again after they were applied, and skipped")
                .register(registry);
        this.gaps = Counter.builder("gp.projection.sequence.gaps")
                .description("Times an event arrived with earlier events of its aggregate missing; rises on every retry while a partition is halted")
                .register(registry);
    }

    void applied(String eventType) {
        Counter.builder("gp.projection.applied")
                .description("Events applied to the read models")
                .tag("type", eventType)
                .register(registry)
                .increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void gap() {
        gaps.increment();
    }
}
