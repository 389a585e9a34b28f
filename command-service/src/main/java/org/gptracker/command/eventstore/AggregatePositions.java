package org.gptracker.command.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The last sequence of every aggregate in the event store, for the query side's consistency check:
 * one group-by, read through a cursor in one read-only snapshot and written out as it is read, so
 * the answer's size never sits in memory. Ordered by aggregate id in byte order ({@code collate "C"}),
 * the same order as Java's {@code String.compareTo} for the ids this service hands out, whatever
 * the database's locale.
 */
@Component
class AggregatePositions {

    private static final int FETCH_SIZE = 1000;
    /**
     * The group-by reads the whole store before its first row, beyond the pool's socket timeout on a store of millions of
     * events on a busy server; this read alone may take up to this long.
     */
    private static final Duration WHOLE_STORE_READ = Duration.ofMinutes(1);
    private static final String ALL = """
            select aggregate_identifier, min(type) as type, max(sequence_number) as last_sequence
            from events.domain_event_entry
            group by aggregate_identifier
            order by aggregate_identifier collate "C"
            """;
    private static final String OF_TYPE = """
            select aggregate_identifier, min(type) as type, max(sequence_number) as last_sequence
            from events.domain_event_entry
            where type = ?
            group by aggregate_identifier
            order by aggregate_identifier collate "C"
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final JsonFactory json = new JsonFactory();

    AggregatePositions(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL reads through a cursor only inside a transaction and with a fetch size
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Writes {@code {"aggregates":[{"aggregateId","aggregateType","lastSequence"}]}}. Nothing is written
     * until the query has run, so an unreachable database fails before the answer starts.
     *
     * @param type only aggregates of this type ({@code Project}, {@code Presidency}, {@code Membership}), or all when null
     */
    void write(String type, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                // the pool puts the connection's own timeout back when it is returned
                connection.setNetworkTimeout(Runnable::run, (int) WHOLE_STORE_READ.toMillis());
                return null;
            });
            if (type == null) {
                jdbc.query(ALL, (ResultSet rows) -> writeAll(rows, out));
            } else {
                jdbc.query(OF_TYPE, (ResultSet rows) -> writeAll(rows, out), type);
            }
        });
    }

    private Void writeAll(ResultSet rows, OutputStream out) throws SQLException {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeArrayFieldStart("aggregates");
            while (rows.next()) {
                generator.writeStartObject();
                generator.writeStringField("aggregateId", rows.getString("aggregate_identifier"));
                generator.writeStringField("aggregateType", rows.getString("type"));
                generator.writeNumberField("lastSequence", rows.getLong("last_sequence"));
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the aggregate positions", e);
        }
        return null;
    }
}
