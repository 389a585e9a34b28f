package org.gptracker.localstack;

import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kafka broker down for 30 s while commands keep arriving: the event store is the record, the relay catches up. */
class KafkaOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaOutageIT.class);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int PROJECTS = 20;
    private static final int CLIENTS = 2;
    /** Each client starts a round (a commitment and a disbursement) this often: about 13 commands a second in all. */
    private static final Duration ROUND_EVERY = Duration.ofMillis(300);
    /**
     * A command must never wait for Kafka: the producer would block a sender for up to max.block.ms (10 s) and a relay
     * batch waits up to 30 s for acknowledgements. Anything near those means the command path is tied to the broker;
     * below them, the margin is for a machine shared with other builds.
     */
    private static final long SLOWEST_ACCEPTABLE_MILLIS = 5_000;

    private static OwnKafkaBroker broker;
    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        broker = OwnKafkaBroker.start();
        services = RunningServices.startSeparate(KafkaOutageIT.class, "kafka_outage", broker.bootstrapServers());
    }

    @AfterAll
    static void stopServices() {
        try {
            if (services != null) {
                services.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndEveryEventReachesTheReadModelsWhenItReturns() throws Exception {
        List<MatchedProject> projects = Portfolio.matched(services, http, PROJECTS);
        consistency.awaitConsistent(Duration.ofSeconds(60));

        long stopping = System.nanoTime();
        broker.stop();
        LOG.info("Kafka broker stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
        FundingTraffic duringOutage = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(10));
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            List<MatchedProject> own = new ArrayList<>();
            for (int i = client; i < projects.size(); i += CLIENTS) {
                own.add(projects.get(i));
            }
            AtomicInteger next = new AtomicInteger();
            clients.scheduleAtFixedRate(() -> duringOutage.round(own.get(next.getAndIncrement() % own.size())),
                    0, ROUND_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        Thread.sleep(OUTAGE.toMillis());
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("the last rounds of the outage finished").isTrue();
        int behind = consistency.positionDifferences().size();
        assertThat(behind).as("aggregates whose read model is behind the store while Kafka is down").isPositive();
        long restarting = System.nanoTime();
        broker.restart();
        long back = System.nanoTime();
        LOG.info("Kafka broker back after an outage of {} s (restart took {} ms); {} aggregates were behind in the read models",
                (back - stopping) / 1_000_000_000, (back - restarting) / 1_000_000, behind);

        FundingTraffic afterOutage = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(10));
        afterOutage.run(projects, CLIENTS, 1, Duration.ofMinutes(2));

        assertThat(duringOutage.unexpected()).as("commands during the outage without a 201").isEmpty();
        assertThat(afterOutage.unexpected()).as("commands after the outage without a 201").isEmpty();
        assertThat(duringOutage.retried()).as("commands during the outage that had to be repeated").isZero();
        List<Long> latencies = duringOutage.latenciesMillis().stream().sorted().toList();
        assertThat(latencies).as("commands sent during the outage").hasSizeGreaterThan(100);
        long median = latencies.get(latencies.size() / 2);
        long p95 = latencies.get(latencies.size() * 95 / 100);
        long slowest = latencies.get(latencies.size() - 1);
        LOG.info("{} commands during the outage, all 201: median {} ms, 95th percentile {} ms, slowest {} ms",
                latencies.size(), median, p95, slowest);
        assertThat(slowest).as("slowest command during the outage, ms").isLessThan(SLOWEST_ACCEPTABLE_MILLIS);

        Consistency.Totals totals = consistency.awaitConsistent(Duration.ofMinutes(3));
        long caughtUpSeconds = (System.nanoTime() - back) / 1_000_000_000;
        ledger.assertEventStoreHoldsExactly(services);
        ledger.assertQueryServiceShows(http, services::query);
        Map<String, Long> published;
        try (EventTopic topic = new EventTopic(services.kafkaBootstrapServers(), services.topic())) {
            published = EventTopic.countById(topic.readUntil(events -> events.size() >= totals.events(), Duration.ofSeconds(30)));
        }
        assertThat((long) published.size()).as("distinct events on %s", services.topic()).isEqualTo(totals.events());
        LOG.info("{} commands accepted in all; {} events over {} aggregates reached the read models {} s after the broker returned;"
                        + " {} events published more than once",
                ledger.acceptedCommands(), totals.events(), totals.aggregates(), caughtUpSeconds,
                published.values().stream().filter(times -> times > 1).count());
    }
}
