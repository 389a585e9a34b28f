package org.gptracker.localstack;

import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The command service killed (SIGKILL) while its relay publishes a burst of commands, then restarted on the same event store. */
class CommandServiceCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(CommandServiceCrashIT.class);
    private static final int PROJECTS = 20;
    private static final int ROUNDS = 12;

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        services = RunningServices.startSeparate(CommandServiceCrashIT.class, "command_crash");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aCommandServiceKilledWhileRelayingABurstLosesNothingAndItsRepublishedEventsAreAbsorbed() throws Exception {
        List<MatchedProject> projects = Portfolio.matched(services, http, PROJECTS);
        consistency.awaitConsistent(Duration.ofSeconds(60));

        // the clients repeat what the crash left unanswered, with the same Idempotency-Key, until the service is back
        FundingTraffic traffic = new FundingTraffic(services::command, http, ledger, RunningServices.STARTUP_TIMEOUT);
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
            try {
                traffic.run(projects, 4, ROUNDS, Duration.ofMinutes(5));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Best moment for the crash: Kafka has records the relay's token does not cover yet, which a restarted relay
        // publishes again. That window is a few milliseconds per batch, so once most of the burst is through, kill anyway.
        RelayPosition atKill;
        try (Connection store = services.commandDatabase();
             EventTopic topic = new EventTopic(services.kafkaBootstrapServers(), services.topic())) {
            atKill = Await.until(Duration.ofMinutes(2), Duration.ofMillis(5),
                    () -> ledger.acceptedCommands() < PROJECTS * ROUNDS / 2 ? null : RelayPosition.read(topic, store),
                    position -> position != null && (position.publishedBeyondToken() > 0
                            || ledger.acceptedCommands() >= PROJECTS * ROUNDS * 2 * 9 / 10));
            services.killCommandService();
        }
        assertThat(atKill).as("the burst reached half way").isNotNull();
        int acceptedAtKill = ledger.acceptedCommands();
        services.restartCommandService();
        burst.get(5, TimeUnit.MINUTES);
        assertThat(traffic.unexpected()).as("commands without a 201").isEmpty();

        Set<String> storedIds = storedEventIds();
        Map<String, Long> published;
        try (EventTopic topic = new EventTopic(services.kafkaBootstrapServers(), services.topic())) {
            published = EventTopic.countById(topic.readUntil(
                    events -> EventTopic.countById(events).keySet().containsAll(storedIds), Duration.ofMinutes(2)));
        }
        assertThat(published.keySet()).as("stored events on %s", services.topic()).containsAll(storedIds);
        assertThat(published.keySet()).as("events on %s that are not in the store", services.topic()).isSubsetOf(storedIds);
        long publishedTwice = published.values().stream().filter(times -> times > 1).count();
        long extraCopies = published.values().stream().mapToLong(times -> times - 1).sum();

        Consistency.Totals totals = consistency.awaitConsistent(Duration.ofMinutes(2));
        ledger.assertEventStoreHoldsExactly(services);
        ledger.assertQueryServiceShows(http, services::query);
        double absorbed = Metrics.total(http, services.query("/actuator/prometheus"), "gp_projection_duplicates_total");
        assertThat((long) absorbed).as("duplicates the query service recognised against the extra copies on %s", services.topic())
                .isGreaterThanOrEqualTo(extraCopies);
        LOG.info("{} commands sent ({} accepted when the service was killed; then {} events stored, {} on Kafka, {} covered by the"
                        + " relay's token); {} repeated after the crash, {} of them answered from the idempotency record; {} events"
                        + " in the store over {} aggregates; {} events published twice or more ({} extra copies), {} duplicates"
                        + " absorbed by the query service",
                traffic.sent(), acceptedAtKill, atKill.stored(), atKill.onKafka(), atKill.covered(), traffic.retried(),
                traffic.replayed(), totals.events(), totals.aggregates(), publishedTwice, extraCopies, (long) absorbed);
    }

    /**
     * Where the relay stood: {@code onKafka} records on the topic, {@code covered} stored events up to its token (a
     * GapAwareTrackingToken, as JSON), {@code stored} events in the store. Kafka is read first, so records published
     * after that read never count as beyond the token.
     */
    record RelayPosition(long onKafka, long covered, long stored) {

        static RelayPosition read(EventTopic topic, Connection store) throws Exception {
            long onKafka = topic.records();
            try (Statement statement = store.createStatement(); ResultSet rows = statement.executeQuery("""
                    select (select count(*) from events.domain_event_entry where global_index <= relay.position),
                           (select count(*) from events.domain_event_entry), relay.position
                    from (select (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint as position
                          from events.token_entry where processor_name = 'kafka-relay' and segment = 0) relay""")) {
                assertThat(rows.next()).as("the relay's token").isTrue();
                assertThat(rows.getObject(3)).as("the relay's position in its token").isNotNull();
                return new RelayPosition(onKafka, rows.getLong(1), rows.getLong(2));
            }
        }

        long publishedBeyondToken() {
            return onKafka - covered;
        }
    }

    private static Set<String> storedEventIds() throws SQLException {
        try (Connection store = services.commandDatabase(); Statement statement = store.createStatement();
             ResultSet rows = statement.executeQuery("select event_identifier from events.domain_event_entry")) {
            Set<String> ids = new TreeSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
