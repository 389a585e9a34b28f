package org.gptracker.localstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a text occurs in a database: every column of every table of its own schemas, read as text, a bytea column
 * (an event's payload or metadata) as its bytes, searched for the text's UTF-8 bytes.
 */
final class Mentions {

    private Mentions() {
    }

    /** {@code schema.table.column} → how many of its rows hold {@code text}, for each column where any does. */
    static Map<String, Long> of(String text, Connection database) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        for (Column column : columns(database)) {
            try (PreparedStatement count = database.prepareStatement(
                    "select count(*) from " + column.qualifiedTable() + " where " + column.holding())) {
                count.setString(1, text);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        found.put(column.name(), rows.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    private record Column(String schema, String table, String column, String type) {

        String name() {
            return schema + "." + table + "." + column;
        }

        String qualifiedTable() {
            return quoted(schema) + "." + quoted(table);
        }

        /** A condition with one parameter, the text. */
        String holding() {
            return "bytea".equals(type)
                    ? "position(convert_to(?, 'UTF8') in " + quoted(column) + ") > 0"
                    : "position(? in " + quoted(column) + "::text) > 0";
        }

        private static String quoted(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }

    private static List<Column> columns(Connection database) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = database.prepareStatement("""
                select c.table_schema, c.table_name, c.column_name, c.data_type
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                order by 1, 2, 3""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return columns;
    }
}
