package org.gptracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.EventJson;
import org.gptracker.events.audit.DigestPublished;
import org.gptracker.events.chain.Hex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Digests of the audit trail: every aggregate's chain head (last sequence and its hash) as a leaf, leaves sorted
 * by aggregate id in UTF-8 byte order, an RFC 9162 Merkle tree over them. A digest is kept with its leaves (for
 * proofs) and published as {@code gp.audit.DigestPublished.v1} in the same transaction, so it reaches Kafka
 * through the relay like every event.
 */
@Component
class Digests {

    private static final Comparator<Leaf> UTF8_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.aggregateId().getBytes(StandardCharsets.UTF_8), b.aggregateId().getBytes(StandardCharsets.UTF_8));
    /** Serializes digests across instances, so two never interleave. */
    private static final long LOCK = 0x6770_6175_6469_7400L;

    record Leaf(String aggregateId, String aggregateType, long sequence, String hash) {

        /** A leaf from {@code aggregate_id, aggregate_type, sequence, hash}, in that order. */
        static final RowMapper<Leaf> ROWS = (rows, index) ->
                new Leaf(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4));
    }

    record Digest(UUID digestId, String root, int treeSize, Instant createdAt) {
    }

    record Proof(UUID digestId, String root, int treeSize, int leafIndex, Leaf leaf, List<String> auditPath) {
    }

    /** A digest with its Merkle tree. */
    private record Tree(Digest digest, MerkleTree merkle) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditEvents events;
    private final Clock clock;
    private final ObjectMapper json = EventJson.newMapper();
    /** The tree of the digest last recorded or asked for a proof of. */
    private volatile Tree latest;

    Digests(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** Records a digest of the store as it stands, on behalf of {@code actor}. */
    Digest record(String actor, String correlationId) {
        Tree recorded = transaction.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
            return recordLocked(actor, correlationId);
        });
        latest = recorded;
        return recorded.digest();
    }

    /** Records a digest unless one was recorded within {@code since}: the daily one, whichever instance comes first. */
    Optional<Digest> recordUnlessRecent(Duration since, String actor, String correlationId) {
        Optional<Tree> recorded = transaction.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
            Instant threshold = clock.instant().minus(since);
            Integer recent = jdbc.queryForObject("select count(*) from events.audit_digest where created_at > ?",
                    Integer.class, Timestamp.from(threshold));
            return recent != null && recent > 0 ? Optional.<Tree>empty() : Optional.of(recordLocked(actor, correlationId));
        });
        recorded.ifPresent(tree -> latest = tree);
        return recorded.map(Tree::digest);
    }

    private Tree recordLocked(String actor, String correlationId) {
        List<Leaf> leaves = heads();
        leaves.sort(UTF8_ORDER);
        MerkleTree tree = treeOf(leaves);
        Digest digest = new Digest(UUID.randomUUID(), Hex.encode(tree.root()), leaves.size(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.update("insert into events.audit_digest (digest_id, root, tree_size, created_at) values (?, ?, ?, ?)",
                digest.digestId(), digest.root(), digest.treeSize(), Timestamp.from(digest.createdAt()));
        List<Object[]> rows = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            rows.add(new Object[]{digest.digestId(), i, leaf.aggregateId(), leaf.aggregateType(), leaf.sequence(), leaf.hash()});
        }
        jdbc.batchUpdate("""
                insert into events.audit_digest_leaf (digest_id, leaf_index, aggregate_id, aggregate_type, sequence, hash)
                values (?, ?, ?, ?, ?, ?)""", rows);
        publish(digest, actor, correlationId);
        return new Tree(digest, tree);
    }

    private void publish(Digest digest, String actor, String correlationId) {
        events.publish(digest.digestId().toString(), new DigestPublished(digest.digestId().toString(), digest.root(),
                digest.treeSize(), digest.createdAt(), digest.createdAt().atOffset(ZoneOffset.UTC).toLocalDate(), null),
                actor, correlationId);
    }

    /** Every aggregate's last event, with its recorded hash. */
    private List<Leaf> heads() {
        return jdbc.query("""
                select distinct on (aggregate_identifier) aggregate_identifier, type, sequence_number, meta_data
                from events.domain_event_entry order by aggregate_identifier, sequence_number desc""",
                (rows, index) -> new Leaf(rows.getString(1), rows.getString(2), rows.getLong(3), hashOf(rows.getBytes(4))));
    }

    private String hashOf(byte[] metaData) {
        try {
            JsonNode hash = metaData == null ? null : json.readTree(metaData).get(ChainMetadata.HASH);
            if (hash == null || !hash.isTextual()) {
                throw new IllegalStateException("a stored event has no hash: the store is not chained");
            }
            return hash.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Digest> all() {
        return jdbc.query("select digest_id, root, tree_size, created_at from events.audit_digest order by created_at, digest_id",
                (rows, index) -> new Digest(rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3),
                        rows.getTimestamp(4).toInstant()));
    }

    /**
     * The inclusion proof of an aggregate's leaf in a digest; empty when the digest or the leaf is unknown. The tree
     * of the digest last recorded or asked for is kept (a digest never changes), so a proof of it costs two indexed
     * reads, not every leaf of the digest read and hashed again.
     */
    Optional<Proof> proof(UUID digestId, String aggregateId) {
        List<Digest> digest = jdbc.query("select digest_id, root, tree_size, created_at from events.audit_digest where digest_id = ?",
                (rows, index) -> new Digest(rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3),
                        rows.getTimestamp(4).toInstant()), digestId);
        List<Map.Entry<Integer, Leaf>> leaf = jdbc.query("""
                select aggregate_id, aggregate_type, sequence, hash, leaf_index from events.audit_digest_leaf
                where digest_id = ? and aggregate_id = ?""",
                (rows, index) -> Map.entry(rows.getInt(5), Leaf.ROWS.mapRow(rows, index)), digestId, aggregateId);
        if (digest.isEmpty() || leaf.isEmpty()) {
            return Optional.empty();
        }
        Digest found = digest.get(0);
        int index = leaf.get(0).getKey();
        return Optional.of(new Proof(found.digestId(), found.root(), found.treeSize(), index, leaf.get(0).getValue(),
                treeOf(found).merkle().path(index).stream().map(Hex::encode).toList()));
    }

    private Tree treeOf(Digest digest) {
        Tree known = latest;
        if (known != null && known.digest().digestId().equals(digest.digestId())) {
            return known;
        }
        Tree tree = new Tree(digest, treeOf(jdbc.query("""
                select aggregate_id, aggregate_type, sequence, hash from events.audit_digest_leaf
                where digest_id = ? order by leaf_index""", Leaf.ROWS, digest.digestId())));
        latest = tree;
        return tree;
    }

    private static MerkleTree treeOf(List<Leaf> leaves) {
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        leaves.forEach(leaf -> hashes.add(MerkleTree.leafHash(leaf.aggregateId(), leaf.sequence(), leaf.hash())));
        return MerkleTree.of(hashes);
    }
}
