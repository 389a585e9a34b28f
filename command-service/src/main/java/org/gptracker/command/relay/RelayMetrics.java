package org.gptracker.command.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the relay has sent: {@code gp_events_published_total{via="relay"|"republish"}} counts records Kafka
 * acknowledged (a batch retried after a failure counts again: duplicates are possible, losses are not), and
 * {@code gp_relay_lag_events} is how many stored events the relay has not sent yet, as {@link RelayLag} last
 * measured it; {@code gp_relay_page_events} counts the pages the relay read from the store and how many events each
 * held.
 */
@Component
class RelayMetrics {

    private final Counter relayed;
    private final Counter republished;
    private final DistributionSummary pages;

    RelayMetrics(MeterRegistry registry, RelayLag lag) {
        this.relayed = published(registry, "relay");
        this.republished = published(registry, "republish");
        Gauge.builder("gp.relay.lag", lag, RelayLag::events)
                .description("Stored events the relay has not sent to Kafka yet: the event store's highest global index "
                        + "minus the relay's token position, refreshed every gp.relay.lag-refresh")
                .baseUnit("events")
                .register(registry);
        this.pages = DistributionSummary.builder("gp.relay.page")
                .description("Pages of stored events the relay read, by how many events each held (never more than gp.relay.page-size)")
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

    void pageRead(int events) {
        pages.record(events);
    }
}
