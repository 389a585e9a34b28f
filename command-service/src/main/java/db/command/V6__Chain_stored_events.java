package db.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gptracker.events.EventJson;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.chain.Hex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts the events stored before the audit trail existed into it, once: each payload is rewritten in canonical
 * JSON (the same value), each event's {@code actor} (the token's sub) is replaced by an {@code actorRef} mapped in
 * {@code events.actor}, and each aggregate's events are chained in sequence order exactly as new ones are
 * (docs/audit.md). Events appended from now on are chained by the command service as they are stored.
 */
public class V6__Chain_stored_events extends BaseJavaMigration {

    private static final int BATCH = 1000;

    private final ObjectMapper json = EventJson.newMapper();
    private final ChainHasher hasher = new ChainHasher();
    private final Map<String, String> refsBySub = new HashMap<>();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "update events.domain_event_entry set payload = ?, meta_data = ? where global_index = ?");
             PreparedStatement mapActor = connection.prepareStatement(
                     "insert into events.actor (actor_ref, sub) values (?, ?)")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("""
                    select global_index, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                           payload_revision, payload, meta_data
                    from events.domain_event_entry
                    order by aggregate_identifier, sequence_number
                    """)) {
                String aggregate = null;
                byte[] prevHash = new byte[ChainHasher.HASH_BYTES];
                byte[] hash = new byte[ChainHasher.HASH_BYTES];
                int pending = 0;
                while (rows.next()) {
                    String aggregateId = rows.getString("aggregate_identifier");
                    if (!aggregateId.equals(aggregate)) {
                        aggregate = aggregateId;
                        prevHash = new byte[ChainHasher.HASH_BYTES];
                    }
                    byte[] payload = CanonicalJson.of(rows.getBytes("payload"));
                    JsonNode data = json.readTree(payload);
                    byte[] storedMeta = rows.getBytes("meta_data");
                    ObjectNode meta = storedMeta == null ? json.createObjectNode() : (ObjectNode) json.readTree(storedMeta);
                    JsonNode sub = meta.remove("actor");
                    String actorRef = sub == null || sub.isNull() ? null : refFor(sub.asText(), mapActor);
                    JsonNode effectiveDate = data.get("effectiveDate");
                    JsonNode presidency = data.get("presidencyYear");
                    hasher.hash(prevHash, actorRef, aggregateId, rows.getString("type"),
                            effectiveDate == null || effectiveDate.isNull() ? null : effectiveDate.asText(),
                            payload, 0, payload.length,
                            presidency == null || presidency.isNull() ? null : presidency.asInt(),
                            rows.getString("time_stamp"), rows.getLong("sequence_number"),
                            rows.getString("payload_type"), rows.getString("payload_revision"), hash);
                    if (actorRef != null) {
                        meta.put("actorRef", actorRef);
                    }
                    meta.put("hash", Hex.encode(hash));
                    meta.put("prevHash", Hex.encode(prevHash));
                    update.setBytes(1, payload);
                    update.setBytes(2, json.writeValueAsBytes(meta));
                    update.setLong(3, rows.getLong("global_index"));
                    update.addBatch();
                    byte[] linked = prevHash;
                    prevHash = hash;
                    hash = linked;
                    if (++pending == BATCH) {
                        mapActor.executeBatch();
                        update.executeBatch();
                        pending = 0;
                    }
                }
                mapActor.executeBatch();
                update.executeBatch();
            }
        }
    }

    private String refFor(String sub, PreparedStatement mapActor) throws SQLException {
        String known = refsBySub.get(sub);
        if (known != null) {
            return known;
        }
        String ref = UUID.randomUUID().toString();
        refsBySub.put(sub, ref);
        mapActor.setString(1, ref);
        mapActor.setString(2, sub);
        mapActor.addBatch();
        return ref;
    }
}
