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

import static org.assertj.core.api.Assertions.assertThat;

/** The query service killed (SIGKILL) in the middle of projecting a backlog, then restarted on the same database. */
class QueryServiceCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(QueryServiceCrashIT.class);
    private static final int PROJECTS = 20;
    private static final int ROUNDS = 15;
    /** "Behind by hundreds": the kill must leave at least this many events of the backlog unprojected. */
    private static final long MINIMUM_UNPROJECTED_AT_KILL = 100;
    private static final int RECORDS_PER_POLL = 10;

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        services = RunningServices.startSeparate(QueryServiceCrashIT.class, "query_crash");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aQueryServiceKilledMidProjectionLosesNoEventAndCountsNoneTwice() throws Exception {
        List<MatchedProject> projects = Portfolio.matched(services, http, PROJECTS);
        consistency.awaitConsistent(Duration.ofSeconds(60));

        // the backlog: commands accepted while no query service runs
        services.queryService().kill();
        FundingTraffic traffic = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(30));
        traffic.run(projects, 4, ROUNDS, Duration.ofMinutes(3));
        assertThat(traffic.unexpected()).isEmpty();
        long stored = count(services::commandDatabase, "select count(*) from events.domain_event_entry");
        long projectedBefore = count(services::queryDatabase, "select count(*) from read.event_log");

        // small polls, so the backlog is projected in many transactions and the kill falls between two of them
        services.queryService().launch("--spring.kafka.consumer.max-poll-records=" + RECORDS_PER_POLL);
        long projectedAtKill;
        try (Connection readModel = services.queryDatabase()) {
            projectedAtKill = Await.until(RunningServices.STARTUP_TIMEOUT, Duration.ofMillis(20),
                    () -> count(readModel, "select count(*) from read.event_log"), projected -> projected > projectedBefore);
            services.queryService().kill();
        }
        long projectedAfterKill = count(services::queryDatabase, "select count(*) from read.event_log");
        LOG.info("backlog of {} events; the query service was killed after projecting {} of them ({} committed by the time it died)",
                stored - projectedBefore, projectedAtKill - projectedBefore, projectedAfterKill - projectedBefore);
        assertThat(projectedAfterKill).as("events projected when the query service died").isGreaterThan(projectedBefore)
                .isLessThanOrEqualTo(stored - MINIMUM_UNPROJECTED_AT_KILL);

        services.restartQueryService();
        Consistency.Totals totals = consistency.awaitConsistent(Duration.ofMinutes(2));
        ledger.assertEventStoreHoldsExactly(services);
        ledger.assertQueryServiceShows(http, services::query);
        assertThat(totals.events()).isEqualTo(stored);
        double duplicates = Metrics.total(http, services.query("/actuator/prometheus"), "gp_projection_duplicates_total");
        LOG.info("{} commands accepted, {} events in the store over {} aggregates; {} redelivered events absorbed as duplicates"
                + " after the restart", ledger.acceptedCommands(), totals.events(), totals.aggregates(), (long) duplicates);
    }

    private static long count(Consistency.Database database, String sql) throws SQLException {
        try (Connection connection = database.open()) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
