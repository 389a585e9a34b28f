package org.gptracker.benchmarks.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.chain.ChainHasher;

/**
 * An event as the command service's Axon JDBC storage engine stores it in
 * {@code events.domain_event_entry}: the payload serialized with the contract's Jackson
 * configuration in canonical JSON, its wire name and version as payload type and revision, metadata
 * {@code {"actorRef","correlationId","hash","prevHash"}} as JSON (linked into its aggregate's audit chain as the
 * command service links it, docs/audit.md), and the recording instant as Axon formats it. An aggregate's events
 * are added in sequence order, one aggregate after another. The global index is left to the table's sequence
 * default, as Axon does.
 */
final class StoredEventRows {

    static final String INSERT = """
            insert into events.domain_event_entry
                (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                 payload_type, payload_revision, payload, meta_data)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Axon's own format: ISO-8601 in UTC with exactly three fraction digits. */
    private static final DateTimeFormatter AXON_TIMESTAMP = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    private final ObjectMapper json = EventJson.newMapper();
    private final EventCatalog catalog = EventCatalog.standard();
    private final ChainHasher hasher = new ChainHasher();
    private final String actor;
    private final String actorRef;
    private String lastHash = ChainHasher.GENESIS;

    StoredEventRows(String actor) {
        this.actor = actor;
        this.actorRef = nameBased("actor", actor, 0);
    }

    /** Maps the loader's actor reference to its name, as the command service's actor directory would. */
    void registerActor(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into events.actor (actor_ref, sub) values (?, ?) on conflict do nothing")) {
            insert.setString(1, actorRef);
            insert.setString(2, actor);
            insert.executeUpdate();
        }
    }

    /** Adds the event as the next row of {@code statement}'s batch. */
    void addTo(PreparedStatement statement, String aggregateId, long sequence, GpEvent event, Instant recordedAt)
            throws SQLException {
        EventCatalog.Entry entry = catalog.of(event.getClass());
        String prevHash = sequence == 0 ? ChainHasher.GENESIS : lastHash;
        String timestamp = AXON_TIMESTAMP.format(recordedAt);
        byte[] payload = CanonicalJson.of(write(event));
        lastHash = hasher.hash(prevHash, actorRef, aggregateId, entry.aggregateType(),
                event.effectiveDate() == null ? null : event.effectiveDate().toString(), payload, event.presidencyYear(),
                timestamp, sequence, entry.wireType());
        statement.setString(1, nameBased("event", aggregateId, sequence));
        statement.setString(2, aggregateId);
        statement.setLong(3, sequence);
        statement.setString(4, entry.aggregateType());
        statement.setString(5, timestamp);
        statement.setString(6, entry.name());
        statement.setString(7, String.valueOf(entry.version()));
        statement.setBytes(8, payload);
        statement.setBytes(9, metaData(nameBased("correlation", aggregateId, sequence), prevHash, lastHash));
        statement.addBatch();
    }

    private byte[] metaData(String correlationId, String prevHash, String hash) {
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put("actorRef", actorRef);
        metaData.put("correlationId", correlationId);
        metaData.put("hash", hash);
        metaData.put("prevHash", prevHash);
        return write(metaData);
    }

    byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deterministic ids, so the same portfolio stores the same rows. */
    private static String nameBased(String kind, String aggregateId, long sequence) {
        return UUID.nameUUIDFromBytes((kind + "/" + aggregateId + "/" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
