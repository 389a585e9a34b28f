package org.gptracker.command.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the relay has sent: {@code gp_events_published_total{via="relay"|"republish"}} counts records Kafka
 * acknowledged (a batch retried after a failure counts again: duplicates are possible, losses are not), and
 * {@code gp_relay_lag_events} is how many stored events the relay has not sent yet, as {@link RelayLag} last
 * measured it.
 */
@Component
class RelayMetrics {

    private final Counter relayed;
    private final Counter republished;

    RelayMetrics(MeterRegistry registry, RelayLag lag) {
        this.relayed = published(registry, "relay");
        this.republished = published(registry, "republish");
        Gauge.builder("gp.relay.lag", lag, RelayLag::events)
                .description("Stored events the relay has not sent to Kafka yet: the event store's highest global index "
                        + "minus the relay's token position, refreshed every gp.relay.lag-refresh")
                .baseUnit("events")
                .register(registry);
    }

    private static Counter published(MeterRegistry registry, String via) {
        return Counter.builder("gp.events.published")
                .description("Stored events sent to Kafka and acknowledged, by the relay or by a republish")
                .tag("via", via)
                .register(registry);
    }

    void relayed(int events) {
        relayed.increment(events);
    }

    void republished(int events) {
        republished.increment(events);
    }
}
