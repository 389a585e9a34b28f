package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models rebuilt from the log while commands keep arriving and queries keep being asked. */
class RebuildUnderLoadIT {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildUnderLoadIT.class);
    private static final int PROJECTS = 20;
    private static final int CLIENTS = 4;
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        services = RunningServices.startSeparate(RebuildUnderLoadIT.class, "rebuild_load");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void queriesKeepAnsweringAndNoCommandIsLostWhileTheReadModelsAreRebuiltUnderCommandLoad() throws Exception {
        List<MatchedProject> projects = Portfolio.matched(services, http, PROJECTS);
        FundingTraffic history = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(30));
        history.run(projects, CLIENTS, 5, Duration.ofMinutes(3));
        consistency.awaitConsistent(Duration.ofSeconds(60));

        ExecutorService load = Executors.newFixedThreadPool(2);
        AtomicBoolean loading = new AtomicBoolean(true);
        FundingTraffic traffic = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(30));
        Future<?> commands = load.submit(() -> {
            while (loading.get()) {
                traffic.run(projects, CLIENTS, 1, Duration.ofMinutes(2));
            }
            return null;
        });
        Future<Map<Integer, Integer>> queries = load.submit(() -> askWhile(loading, projects));
        JsonNode rebuilt;
        int acceptedAtStart;
        int acceptedAtEnd;
        try {
            Await.until(Duration.ofSeconds(60), Duration.ofMillis(50), ledger::acceptedCommands, accepted -> accepted > 0);
            acceptedAtStart = ledger.acceptedCommands();
            JsonHttp.Response started = http.post(services.query("/admin/rebuild"), "{}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            rebuilt = Await.until(REBUILD_PATIENCE, Duration.ofMillis(100),
                    () -> http.get(services.query("/admin/rebuild")).json(), progress -> !progress.path("state").asText().equals("RUNNING"));
            acceptedAtEnd = ledger.acceptedCommands();
            // the load goes on across the switch, then stops
            Await.until(Duration.ofSeconds(60), Duration.ofMillis(50), ledger::acceptedCommands, accepted -> accepted > acceptedAtEnd);
        } finally {
            loading.set(false);
        }
        commands.get(3, TimeUnit.MINUTES);
        Map<Integer, Integer> answers = queries.get(1, TimeUnit.MINUTES);
        load.shutdown();

        assertThat(rebuilt.path("state").asText()).as(rebuilt.toString()).isEqualTo("COMPLETED");
        assertThat(rebuilt.path("gaps")).isEmpty();
        assertThat(answers).as("query answers during the rebuild, by status").containsOnlyKeys(200);
        assertThat(traffic.unexpected()).isEmpty();
        Consistency.Totals totals = consistency.awaitConsistent(Duration.ofMinutes(2));
        ledger.assertEventStoreHoldsExactly(services);
        ledger.assertQueryServiceShows(http, services::query);
        LOG.info("rebuild {}: {} events applied, {} duplicates, at {} records/s; {} commands accepted while it ran, {} in all;"
                        + " {} queries answered meanwhile; {} events over {} aggregates consistent afterwards",
                rebuilt.path("state").asText(), rebuilt.path("applied").asLong(), rebuilt.path("duplicates").asLong(),
                rebuilt.path("eventsPerSecond").asLong(), acceptedAtEnd - acceptedAtStart, ledger.acceptedCommands(),
                answers.values().stream().mapToInt(Integer::intValue).sum(), totals.events(), totals.aggregates());
    }

    /** Summaries and the list, one call after another, until the load stops: how many answers of each status. */
    private Map<Integer, Integer> askWhile(AtomicBoolean loading, List<MatchedProject> projects) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        projects.forEach(project -> paths.add("/api/projects/" + project.projectId()));
        paths.add("/api/projects?size=20");
        for (int call = 0; loading.get(); call++) {
            byStatus.merge(http.get(services.query(paths.get(call % paths.size()))).status(), 1, Integer::sum);
        }
        return byStatus;
    }
}
