package org.gptracker.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The table of imports and their progress, so any request to any instance can follow an import. */
@Component
class ImportRuns {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ImportRuns(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void started(String importId, ImportFormat format, String actor) {
        jdbc.update("insert into events.import_run (import_id, format, state, actor) values (?::uuid, ?, 'RUNNING', ?)",
                importId, format.name(), actor);
    }

    void forget(String importId) {
        jdbc.update("delete from events.import_run where import_id = ?::uuid", importId);
    }

    void save(String importId, ImportProgress progress) {
        jdbc.update("""
                        update events.import_run set state = ?, row_count = ?, rows_done = ?, projects = ?, projects_applied = ?,
                               projects_unchanged = ?, projects_refused = ?, error_count = ?, errors = ?, reason = ?, updated_at = now(),
                               finished_at = case when ? = 'RUNNING' then null else now() end
                        where import_id = ?::uuid""",
                progress.state().name(), progress.rows(), progress.rowsDone(), progress.projects(), progress.projectsApplied(),
                progress.projectsUnchanged(), progress.projectsRefused(), progress.errorCount(), write(progress.errors()),
                progress.reason(), progress.state().name(), importId);
    }

    Optional<ImportView> find(String importId) {
        return jdbc.query("""
                select import_id, state, format, row_count, rows_done, projects, projects_applied, projects_unchanged,
                       projects_refused, errors, error_count, reason, started_at, finished_at
                from events.import_run where import_id = ?::uuid""", this::view, importId).stream().findFirst();
    }

    private ImportView view(ResultSet row, int n) throws SQLException {
        return new ImportView(row.getString("import_id"), row.getString("state"), row.getString("format"), row.getInt("row_count"),
                row.getInt("rows_done"), row.getInt("projects"), row.getInt("projects_applied"), row.getInt("projects_unchanged"),
                row.getInt("projects_refused"), read(row.getString("errors")), row.getInt("error_count"), row.getString("reason"),
                instant(row.getTimestamp("started_at")), instant(row.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String write(List<ImportError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an import's errors", e);
        }
    }

    private List<ImportError> read(String errors) {
        try {
            return json.readValue(errors, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read an import's errors", e);
        }
    }
}
