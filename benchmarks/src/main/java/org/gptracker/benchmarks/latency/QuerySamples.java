package org.gptracker.benchmarks.latency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects to ask about, drawn from the query side's own table so every id exists there: a random
 * sample of (id, proposal date, first recipient), the date giving an as-of date on which the project exists.
 */
public final class QuerySamples {

    public record KnownProject(String projectId, LocalDate proposedOn, String firstRecipient) {
    }

    private QuerySamples() {
    }

    public static List<KnownProject> projects(String queryJdbcUrl, String user, String password, int count) {
        try (Connection connection = DriverManager.getConnection(queryJdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select project_id, proposed_on, recipients[1] from read.project order by random() limit " + count)) {
            List<KnownProject> projects = new ArrayList<>();
            while (rows.next()) {
                projects.add(new KnownProject(rows.getString(1), rows.getDate(2).toLocalDate(), rows.getString(3)));
            }
            if (projects.isEmpty()) {
                throw new IllegalStateException("read.project is empty: load a portfolio first (generate)");
            }
            return projects;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sample projects from " + queryJdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
