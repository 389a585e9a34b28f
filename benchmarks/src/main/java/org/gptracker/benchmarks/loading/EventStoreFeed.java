package org.gptracker.benchmarks.loading;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.gptracker.benchmarks.portfolio.GeneratedProject;
import org.gptracker.benchmarks.portfolio.Portfolio;
import org.gptracker.events.GpEvent;

/**
 * Appends generated projects straight to the command side's event store, in JDBC batches of whole
 * projects (a transaction never holds part of a project). Everything after the store is the real
 * pipeline: the {@code kafka-relay} processor publishes the rows, the query service projects them,
 * and the command service loads the projects like any other. Much faster than the API for a million
 * events, at the price of skipping the command handlers' checks, which the generator's own rules stand in for.
 */
public final class EventStoreFeed implements ProjectFeed {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final StoredEventRows rows;
    private final int eventsPerTransaction;

    public EventStoreFeed(String jdbcUrl, String user, String password, String actor, int eventsPerTransaction) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.rows = new StoredEventRows(actor);
        this.eventsPerTransaction = eventsPerTransaction;
    }

    @Override
    public FedPortfolio feed(Portfolio portfolio, long first, long count, Progress progress) {
        try (Connection connection = connect()) {
            refuseIfAlreadyStored(connection, portfolio.project(first));
            rows.registerActor(connection);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(StoredEventRows.INSERT)) {
                return append(connection, insert, portfolio.projects(first, count).iterator(), progress);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("appending to the event store at " + jdbcUrl + " failed: " + e.getMessage(), e);
        }
    }

    private FedPortfolio append(Connection connection, PreparedStatement insert, Iterator<GeneratedProject> projects,
                                Progress progress) throws SQLException {
        long projectCount = 0;
        long eventCount = 0;
        String open = null;
        String closed = null;
        int batchProjects = 0;
        int batchEvents = 0;
        while (projects.hasNext()) {
            GeneratedProject project = projects.next();
            Instant recordedAt = Instant.now();
            List<GpEvent> events = project.events();
            for (int sequence = 0; sequence < events.size(); sequence++) {
                rows.addTo(insert, project.projectId(), sequence, events.get(sequence), recordedAt);
            }
            batchProjects++;
            batchEvents += events.size();
            projectCount++;
            eventCount += events.size();
            if (project.closed() && closed == null) {
                closed = project.projectId();
            } else if (!project.closed() && open == null) {
                open = project.projectId();
            }
            if (batchEvents >= eventsPerTransaction || !projects.hasNext()) {
                insert.executeBatch();
                connection.commit();
                progress.written(batchProjects, batchEvents);
                batchProjects = 0;
                batchEvents = 0;
            }
        }
        return new FedPortfolio(projectCount, eventCount, open, closed);
    }

    private static void refuseIfAlreadyStored(Connection connection, GeneratedProject first) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from events.domain_event_entry where aggregate_identifier = ?")) {
            query.setString(1, first.projectId());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                if (result.getLong(1) > 0) {
                    throw new IllegalStateException("project " + first.index() + " of this seed (" + first.projectId()
                            + ") is already in the event store: start from an empty store (./run-local --fresh), "
                            + "another --seed, or --first past the projects already loaded");
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
