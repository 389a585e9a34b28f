package org.gptracker.localstack;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command database's data as docs/operations.md backs it up ({@code pg_dump --data-only --schema=events}) and
 * restores it ({@code pg_restore --data-only --disable-triggers} into a schema its migrations made), done with COPY
 * because the embedded PostgreSQL binaries carry no pg_dump: every table of schema {@code events} but Flyway's
 * history, then the global index sequence set past the highest stored event.
 */
final class EventStoreDump {

    private static final String SCHEMA = "events";

    private final Map<String, byte[]> tables;

    private EventStoreDump(Map<String, byte[]> tables) {
        this.tables = tables;
    }

    static EventStoreDump of(Connection database) throws SQLException, IOException {
        CopyManager copy = database.unwrap(PGConnection.class).getCopyAPI();
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (String table : tables(database)) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("copy " + table + " to stdout (format binary)", rows);
            tables.put(table, rows.toByteArray());
        }
        return new EventStoreDump(tables);
    }

    /** Into a database whose schema the command service's migrations made; what it held is replaced, in one transaction. */
    void restoreInto(Connection database) throws SQLException, IOException {
        CopyManager copy = database.unwrap(PGConnection.class).getCopyAPI();
        database.setAutoCommit(false);
        try (Statement statement = database.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate " + String.join(", ", tables.keySet()));
            for (Map.Entry<String, byte[]> table : tables.entrySet()) {
                copy.copyIn("copy " + table.getKey() + " from stdin (format binary)", new ByteArrayInputStream(table.getValue()));
            }
            statement.execute("select setval('events.global_event_index_seq', coalesce(max(global_index), 0) + 1, false)"
                    + " from events.domain_event_entry");
            database.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            database.rollback();
            throw e;
        }
    }

    private static List<String> tables(Connection database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = '" + SCHEMA + "'"
                     + " and tablename <> 'flyway_schema_history' order by tablename")) {
            while (rows.next()) {
                tables.add(SCHEMA + "." + rows.getString(1));
            }
        }
        return tables;
    }
}
