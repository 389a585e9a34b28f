package org.gptracker.command.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.chain.Hex;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every chain from the event store: one pass in global index order through a server-side cursor,
 * in one read-only snapshot, bytea in binary, the hash fed piece by piece ({@link ChainHasher}) and each aggregate's state one
 * small object; the payload (canonical as stored) is only scanned for its effective date and presidency.
 * Then the latest digest's heads are looked for: a head the store no longer holds is a cut tail.
 */
@Component
class ChainVerifier {

    private static final int FETCH_SIZE = 5000;
    private static final int MAX_BREAKS = 1000;
    private static final String ALL = """
            select aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
            from events.domain_event_entry order by global_index""";
    private static final String ONE = """
            select aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
            from events.domain_event_entry where aggregate_identifier = ? order by global_index""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Digests digests;
    private final Clock clock;
    private final JsonFactory json = new JsonFactory();

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, Digests digests, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.digests = digests;
        this.clock = clock;
    }

    /** @param aggregateId only this aggregate's chain, or every chain when null */
    Verification verify(String aggregateId) {
        return readOnly.execute(status -> {
            Pass pass = new Pass(digests.latestHeads(aggregateId));
            jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(aggregateId == null ? ALL : ONE);
                // bytea in binary: half the bytes on the wire and no hex to decode
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                if (aggregateId != null) {
                    statement.setString(1, aggregateId);
                }
                return statement;
            }, (ResultSet rows) -> pass.read(rows));
            return pass.result(clock.instant());
        });
    }

    /** What the pass knows of one aggregate: its last sequence and that event's recorded hash. */
    private static final class Head {
        final String type;
        long sequence;
        final byte[] hash = new byte[ChainHasher.HASH_BYTES];

        Head(String type) {
            this.type = type;
        }
    }

    private final class Pass {
        private final Map<String, Digests.Leaf> digestHeads;
        private final Map<String, Head> heads = new HashMap<>();
        private final List<Break> breaks = new ArrayList<>();
        private long omitted;
        private long events;
        private final ChainHasher hasher = new ChainHasher();
        private final byte[] computed = new byte[ChainHasher.HASH_BYTES];
        private final byte[] storedHash = new byte[ChainHasher.HASH_BYTES];
        private final byte[] storedPrev = new byte[ChainHasher.HASH_BYTES];
        private final byte[] digestHash = new byte[ChainHasher.HASH_BYTES];
        // what the metadata and the payload scan found for the current event
        private String actorRef;
        private String hashText;
        private String prevHashText;
        private String effectiveDate;
        private Integer presidency;

        Pass(Map<String, Digests.Leaf> digestHeads) {
            this.digestHeads = digestHeads;
        }

        Void read(ResultSet rows) throws SQLException {
            while (rows.next()) {
                events++;
                check(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getBytes(7), rows.getBytes(8));
            }
            return null;
        }

        private void check(String aggregateId, long sequence, String type, String recordedAt, String payloadType,
                           String payloadRevision, byte[] payload, byte[] metaData) {
            Head head = heads.get(aggregateId);
            boolean first = head == null;
            if (first) {
                head = new Head(type);
                heads.put(aggregateId, head);
            }
            long expected = first ? 0 : head.sequence + 1;
            boolean readable = readMetaData(metaData) && readPayload(payload)
                    && Hex.decode(hashText, storedHash) && Hex.decode(prevHashText, storedPrev);
            if (readable) {
                hasher.hash(storedPrev, actorRef, aggregateId, type, effectiveDate, payload, 0, payload.length, presidency,
                        recordedAt, sequence, payloadType, payloadRevision, computed);
            }
            if (!readable || !Arrays.equals(computed, storedHash)) {
                add(aggregateId, type, sequence, Break.Reason.HASH_MISMATCH);
            } else if (sequence > expected) {
                add(aggregateId, type, expected, Break.Reason.MISSING_EVENT);
            } else if (sequence < expected || !Arrays.equals(storedPrev, first ? new byte[ChainHasher.HASH_BYTES] : head.hash)) {
                add(aggregateId, type, sequence, Break.Reason.CHAIN_MISMATCH);
            }
            if (sequence > expected && !readable) {
                add(aggregateId, type, expected, Break.Reason.MISSING_EVENT);
            }
            Digests.Leaf leaf = digestHeads.get(aggregateId);
            if (leaf != null && leaf.sequence() == sequence
                    && (!Hex.decode(leaf.hash(), digestHash) || !Arrays.equals(digestHash, storedHash))) {
                add(aggregateId, type, sequence, Break.Reason.HEAD_MISSING);
            }
            if (first || sequence > head.sequence) {
                head.sequence = sequence;
                System.arraycopy(storedHash, 0, head.hash, 0, ChainHasher.HASH_BYTES);
            }
        }

        private boolean readMetaData(byte[] metaData) {
            actorRef = null;
            hashText = null;
            prevHashText = null;
            if (metaData == null) {
                return false;
            }
            try (JsonParser parser = json.createParser(metaData)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case ChainMetadata.ACTOR_REF -> actorRef = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        case ChainMetadata.HASH -> hashText = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        case ChainMetadata.PREV_HASH -> prevHashText = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                        default -> parser.skipChildren();
                    }
                }
                return hashText != null && prevHashText != null;
            } catch (IOException e) {
                return false;
            }
        }

        /** Only the top level of the payload is read, for its effective date and presidency. */
        private boolean readPayload(byte[] payload) {
            effectiveDate = null;
            presidency = null;
            try (JsonParser parser = json.createParser(payload)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("effectiveDate".equals(name) && value == JsonToken.VALUE_STRING) {
                        effectiveDate = parser.getText();
                    } else if ("presidencyYear".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                        presidency = parser.getIntValue();
                    } else {
                        parser.skipChildren();
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private void add(String aggregateId, String type, long sequence, Break.Reason reason) {
            if (breaks.size() < MAX_BREAKS) {
                breaks.add(new Break(aggregateId, type, sequence, reason));
            } else {
                omitted++;
            }
        }

        Verification result(java.time.Instant checkedAt) {
            for (Digests.Leaf leaf : digestHeads.values()) {
                Head head = heads.get(leaf.aggregateId());
                if (head == null || head.sequence < leaf.sequence()) {
                    add(leaf.aggregateId(), head == null ? leaf.aggregateType() : head.type, leaf.sequence(),
                            Break.Reason.HEAD_MISSING);
                }
            }
            return new Verification(breaks.isEmpty(), events, heads.size(), checkedAt, List.copyOf(breaks), omitted);
        }
    }
}
