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
 * held; {@code gp_relay_republish_total{reason}} counts the republishes the relay started by itself ({@link BrokerLogCheck}).
 */
@Component
class RelayMetrics {

    private final MeterRegistry registry;
    private final Counter relayed;
    private final Counter republished;
    private final DistributionSummary pages;

    RelayMetrics(MeterRegistry registry, RelayLag lag) {
        this.registry = registry;
        for (BrokerLogCheck.Finding finding : BrokerLogCheck.Finding.values()) {
            if (finding.reason != null) {
                republishes(registry, finding.reason);
            }
        }
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

    /** A lost broker log was found and the store is sent again, for {@code reason}. */
    void republishing(String reason) {
        republishes(registry, reason).increment();
    }

    private static Counter republishes(MeterRegistry registry, String reason) {
        return Counter.builder("gp.relay.republish")
                .description("Republishes of the whole event store the relay started by itself, by why: topic-short (the topic has "
                        + "taken fewer records than the relay had sent) or cluster-changed")
                .tag("reason", reason)
                .register(registry);
    }

    void pageRead(int events) {
        pages.record(events);
    }
}
