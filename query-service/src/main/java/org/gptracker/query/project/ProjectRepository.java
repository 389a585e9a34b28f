package org.gptracker.query.project;

import org.gptracker.events.value.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code read.project} table. */
@Repository
class ProjectRepository {

    private static final RowMapper<ProjectRow> ROW = ProjectRepository::row;

    private final JdbcTemplate jdbc;

    ProjectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProjectRow project) {
        jdbc.update("""
                        insert into read.project (project_id, title, description, recipients, area, priorities,
                            requested_amount, requested_currency, expertise_needed, status, proposed_on,
                            proposed_presidency, version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                project.projectId(), project.title(), project.description(), texts(project.recipients()),
                project.area(), texts(project.priorities()), project.requestedBudget().amount(),
                project.requestedBudget().currencyCode(), texts(project.expertiseNeeded()), project.status().name(),
                project.proposedOn(), project.proposedPresidency(), project.version(), Timestamp.from(project.updatedAt()));
    }

    Optional<ProjectRow> find(UUID projectId) {
        return jdbc.query("select * from read.project where project_id = ?", ROW, projectId).stream().findFirst();
    }

    private static ProjectRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ProjectRow(
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                texts(rs.getArray("recipients")),
                rs.getString("area"),
                texts(rs.getArray("priorities")),
                Money.of(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
                texts(rs.getArray("expertise_needed")),
                ProjectStatus.valueOf(rs.getString("status")),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("proposed_presidency", Integer.class),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** PostgreSQL's JDBC driver binds a {@code String[]} as a {@code text[]}. */
    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
