package org.gptracker.query.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Partitions of the event log whose next record cannot be applied yet (a sequence gap, PostgreSQL unreachable), so
 * that a halted partition is never silent: an ERROR when it stops and every minute while it stays stopped, the gauge
 * {@code gp.projection.stalled} (1 while stalled) per partition, and the {@code projection} health indicator, part of
 * readiness, OUT_OF_SERVICE with the stalled partitions in its details.
 */
@Component("projection")
class ProjectionStalls implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStalls.class);
    private static final Duration REPEAT = Duration.ofMinutes(1);

    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();
    private final ConcurrentMap<Integer, Stall> stalled = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Gauge> gauges = new ConcurrentHashMap<>();

    private record Stall(Instant since, long offset, String reason, Instant logged) {
    }

    ProjectionStalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The record at {@code offset} of {@code partition} could not be applied, for {@code reason}; it is retried. */
    void failing(String topic, int partition, long offset, Throwable reason) {
        gauge(partition);
        Instant now = clock.instant();
        String why = String.valueOf(reason.getMessage());
        Stall before = stalled.get(partition);
        if (before == null || before.offset() != offset) {
            log.error("Partition {} of {} stopped advancing at offset {}: {}; the record is retried until it can be applied",
                    partition, topic, offset, why);
            stalled.put(partition, new Stall(now, offset, why, now));
        } else if (Duration.between(before.logged(), now).compareTo(REPEAT) >= 0) {
            log.error("Partition {} of {} still stopped at offset {}, for {} s now: {}", partition, topic, offset,
                    Duration.between(before.since(), now).toSeconds(), why);
            stalled.put(partition, new Stall(before.since(), offset, why, now));
        }
    }

    /** The partition's records up to the poll's last were applied. */
    void advanced(String topic, int partition) {
        gauge(partition);
        Stall was = stalled.remove(partition);
        if (was != null) {
            log.info("Partition {} of {} advances again, after {} s stopped at offset {}", partition, topic,
                    Duration.between(was.since(), clock.instant()).toSeconds(), was.offset());
        }
    }

    private void gauge(int partition) {
        gauges.computeIfAbsent(partition, p -> Gauge.builder("gp.projection.stalled", stalled, now -> now.containsKey(p) ? 1 : 0)
                .description("1 while the partition's next record of the event log cannot be applied and is retried, else 0")
                .tag("partition", String.valueOf(p))
                .register(registry));
    }

    @Override
    public Health health() {
        if (stalled.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> details = new TreeMap<>();
        stalled.forEach((partition, stall) -> details.put("partition " + partition, Map.of("since", stall.since().toString(),
                "offset", stall.offset(), "reason", stall.reason())));
        return Health.outOfService().withDetails(details).build();
    }
}
