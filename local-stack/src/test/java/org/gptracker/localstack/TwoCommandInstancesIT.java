package org.gptracker.localstack;

import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two command-service processes on one event store, both taking commitments on the same project at the same time. */
class TwoCommandInstancesIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoCommandInstancesIT.class);
    private static final int CLIENTS_PER_INSTANCE = 4;
    private static final int COMMITMENTS_PER_CLIENT = 30;
    private static final String RELAY = "kafka-relay";
    private static final String REDECIDED = "gp_commands_redecided_total";

    private static RunningServices services;
    private static RunningServices.Instance second;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        services = RunningServices.startSeparate(TwoCommandInstancesIT.class, "two_command");
        second = services.addCommandService();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void concurrentCommitmentsThroughTwoInstancesAreEachStoredOnceOrRefusedAsAConcurrentChange() throws Exception {
        MatchedProject shared = Portfolio.matched(services, http, 1).get(0);
        List<RunningServices.Instance> instances = List.of(services.commandService(), second);
        Set<String> relayOwners = new TreeSet<>();
        relayOwners.add(relayOwner());

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger concurrentChanges = new AtomicInteger();
        ConcurrentLinkedQueue<String> internalErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(instances.size() * CLIENTS_PER_INSTANCE);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < instances.size() * CLIENTS_PER_INSTANCE; client++) {
            RunningServices.Instance instance = instances.get(client % instances.size());
            int clientNumber = client;
            work.add(clients.submit(() -> {
                start.await();
                for (int i = 0; i < COMMITMENTS_PER_CLIENT; i++) {
                    BigDecimal amount = BigDecimal.valueOf(100_000 + clientNumber * 1_000 + i, 2);
                    JsonHttp.Response answer = http.post(instance.url("/api/projects/" + shared.projectId() + "/commitments"),
                            "{\"donor\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}".formatted(shared.donor(), amount));
                    if (answer.status() == 201) {
                        accepted.incrementAndGet();
                        ledger.committed(shared.projectId(), answer.json().get("commitmentId").asText(), amount);
                    } else if (isConcurrentChange(answer)) {
                        concurrentChanges.incrementAndGet();
                    } else if (answer.status() == 500) {
                        internalErrors.add(instance + ": " + answer.body());
                    } else {
                        unexpected.add(instance + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : work) {
            while (true) {
                try {
                    each.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    relayOwners.add(relayOwner());
                }
            }
        }
        clients.shutdown();

        int sent = instances.size() * CLIENTS_PER_INSTANCE * COMMITMENTS_PER_CLIENT;
        assertThat(unexpected).as("answers other than 201, 409 CONCURRENT_CHANGE or 500").isEmpty();
        assertThat(accepted.get()).as("commitments accepted").isPositive();
        // every 201 is one stored event and nothing else was stored, whatever the other answers were
        ledger.assertEventStoreHoldsExactly(services);

        Consistency.Totals totals = consistency.awaitConsistent(Duration.ofMinutes(2));
        ledger.assertQueryServiceShows(http, services::query);
        relayOwners.add(relayOwner());
        Map<String, Long> published;
        try (EventTopic topic = new EventTopic(services.kafkaBootstrapServers(), services.topic())) {
            published = EventTopic.countById(topic.readUntil(events -> events.size() >= totals.events(), Duration.ofSeconds(30)));
        }
        long publishedTwice = published.values().stream().filter(times -> times > 1).count();
        Set<String> instanceOwners = Set.of(instances.get(0).pid() + "@", instances.get(1).pid() + "@");
        assertThat(relayOwners).as("owners of the relay's token during the test").allSatisfy(owner ->
                assertThat(instanceOwners).anySatisfy(pid -> assertThat(owner).startsWith(pid)));
        if (relayOwners.size() == 1) {
            // had both instances relayed, every event would be on the topic twice
            assertThat(publishedTwice).as("events published more than once by a relay that never changed hands").isZero();
        }
        assertThat((long) published.size()).as("distinct events on %s", services.topic()).isEqualTo(totals.events());
        LOG.info("{} commitments sent through {} and {} at once: {} accepted (each one stored event; total {} EUR), {} refused as"
                        + " CONCURRENT_CHANGE, {} answered 500; relay token owned by {} (pids {} and {}); {} events on {}, {} published"
                        + " twice", sent, instances.get(0), instances.get(1), accepted.get(), ledger.committed(shared.projectId()),
                concurrentChanges.get(), internalErrors.size(), relayOwners, instances.get(0).pid(), instances.get(1).pid(),
                totals.events(), services.topic(), publishedTwice);
        // a lost race between the instances must be retried on the new state or refused as a concurrent change (409)
        assertThat(internalErrors).as("500 answers to commitments that lost a race to the other instance").isEmpty();
        assertThat(accepted.get() + concurrentChanges.get()).isEqualTo(sent);
    }

    @Test
    void aCommandOnStateTheOtherInstanceChangedIsDecidedOnTheStoredStateNeitherWronglyRefusedNorLost() throws Exception {
        RunningServices.Instance first = services.commandService();
        String donor = Portfolio.matched(services, http, 1).get(0).donor();
        double redecidedBefore = Metrics.total(http, first.url("/actuator/prometheus"), REDECIDED);

        // the first instance caches the project as proposed; the second one stores an offer it does not know of
        String projectId = created(http.post(first.url("/api/projects"), """
                {"title":"Mobile laboratory for the border guard","recipients":["UA"],"area":"BIOLOGICAL",
                 "requestedBudget":{"amount":"3000000.00","currency":"EUR"}}"""), "projectId");
        String offerId = created(http.post(second.url("/api/projects/" + projectId + "/offers"),
                "{\"donor\":\"%s\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"3000000.00\",\"currency\":\"EUR\"}}"
                        .formatted(donor)), "offerId");
        // on its cached state the offer does not exist (OFFER_NOT_FOUND); on the stored one it is open
        assertThat(http.post(first.url("/api/projects/" + projectId + "/offers/" + offerId + "/accept"), "{}").status())
                .as("accepting, through the instance whose cache predates the offer").isEqualTo(200);

        created(http.post(first.url("/api/projects/" + projectId + "/commitments"), funding(donor, "1000000.00")), "commitmentId");
        created(http.post(second.url("/api/projects/" + projectId + "/commitments"), funding(donor, "1000000.00")), "commitmentId");
        // its cached ledger holds one commitment (DISBURSEMENT_EXCEEDS_COMMITMENT); the store holds two
        created(http.post(first.url("/api/projects/" + projectId + "/disbursements"), funding(donor, "1500000.00")), "disbursementId");
        // the second instance's cache predates that disbursement: its append collides and is made again on the stored state
        created(http.post(second.url("/api/projects/" + projectId + "/disbursements"), funding(donor, "500000.00")), "disbursementId");
        assertThat(http.post(second.url("/api/projects/" + projectId + "/disbursements"), funding(donor, "0.01")).json()
                .path("code").asText()).as("disbursing beyond both commitments, through either instance")
                .isEqualTo("DISBURSEMENT_EXCEEDS_COMMITMENT");

        // a revision back to the title the first instance cached changes nothing there, but everything in the store
        String revised = created(http.post(first.url("/api/projects"), """
                {"title":"Decontamination kits","recipients":["UA"],"area":"CHEMICAL",
                 "requestedBudget":{"amount":"80000.00","currency":"EUR"}}"""), "projectId");
        assertThat(http.post(second.url("/api/projects/" + revised + "/revisions"), "{\"title\":\"Decontamination kits, second batch\"}")
                .status()).isEqualTo(200);
        assertThat(http.post(first.url("/api/projects/" + revised + "/revisions"), "{\"title\":\"Decontamination kits\"}")
                .status()).isEqualTo(200);

        assertThat(storedEvents(projectId)).containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered",
                "gp.project.OfferAccepted", "gp.project.FundingCommitted", "gp.project.FundingCommitted",
                "gp.project.FundsDisbursed", "gp.project.FundsDisbursed");
        assertThat(storedEvents(revised)).containsExactly("gp.project.ProjectProposed", "gp.project.ProposalRevised",
                "gp.project.ProposalRevised");
        assertThat(lastPayload(revised)).contains("\"title\":\"Decontamination kits\"");
        // the acceptance, the first disbursement and the revision were each decided twice there: cached, then stored
        assertThat(Metrics.total(http, first.url("/actuator/prometheus"), REDECIDED) - redecidedBefore).isGreaterThanOrEqualTo(3);
    }

    private static String created(JsonHttp.Response answer, String idField) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get(idField).asText();
    }

    private static String funding(String donor, String amount) {
        return "{\"donor\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}".formatted(donor, amount);
    }

    /** The payload types of an aggregate's events, by sequence number. */
    private static List<String> storedEvents(String aggregateId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection store = services.commandDatabase(); var statement = store.prepareStatement(
                "select payload_type from events.domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    private static String lastPayload(String aggregateId) throws SQLException {
        try (Connection store = services.commandDatabase(); var statement = store.prepareStatement(
                "select convert_from(payload, 'UTF8') from events.domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number desc limit 1")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static boolean isConcurrentChange(JsonHttp.Response answer) {
        return answer.status() == 409
                && answer.contentType().startsWith("application/problem+json")
                && answer.json().path("type").asText().endsWith("/problems/refused")
                && answer.json().path("code").asText().equals("CONCURRENT_CHANGE");
    }

    /** The Axon owner of the relay's only segment: "pid@host" of the process that claimed it. */
    private static String relayOwner() throws SQLException {
        try (Connection store = services.commandDatabase(); Statement statement = store.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select segment, owner from events.token_entry where processor_name = '" + RELAY + "'")) {
            assertThat(rows.next()).as("a token for %s", RELAY).isTrue();
            assertThat(rows.getInt(1)).isZero();
            String owner = rows.getString(2);
            assertThat(rows.next()).as("more than one segment of %s", RELAY).isFalse();
            return String.valueOf(owner);
        }
    }
}
