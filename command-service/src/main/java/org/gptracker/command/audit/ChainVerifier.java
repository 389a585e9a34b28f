package org.gptracker.command.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.chain.Hex;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Recomputes every chain from the event store, in one snapshot. The whole store is read in {@link #LANES} lanes at
 * once, each a range of the global index through a server-side cursor of its own connection and thread, so that
 * PostgreSQL's reading and this service's hashing overlap on both cores; the first lane exports its snapshot and the
 * others import it. An aggregate's first event in a later lane is linked to its last in the earlier lanes once all
 * are read (a store whose sequences go backwards across a lane's start is read again in one lane, so the answer is
 * that of a single pass in global index order). Each lane goes in global index order, bytea in binary,
 * the hash fed piece by piece ({@link ChainHasher}) and each aggregate's state one small object; the payload
 * (canonical as stored) is only scanned for its effective date and presidency. Then the latest digest's heads, read
 * in the same snapshot, are looked for: a head the store no longer holds is a cut tail. The breaks are listed sorted
 * by aggregate id, sequence and reason (in {@link Break.Reason}'s order), the first {@link #MAX_BREAKS} of them.
 */
@Component
class ChainVerifier implements DisposableBean {

    /** As many as the machine's cores (two). */
    private static final int LANES = 2;
    private static final int MAX_BREAKS = 1000;
    private static final int FETCH_SIZE = 2000;
    private static final Comparator<Break> ORDER = Comparator.comparing(Break::aggregateId)
            .thenComparingLong(Break::sequence).thenComparing(Break::reason);
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F-]+");
    private static final String COLUMNS = """
            select aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data
            from events.domain_event_entry""";
    private static final String LANE = COLUMNS + " where global_index > ? and global_index <= ? order by global_index";
    private static final String ONE = COLUMNS + " where aggregate_identifier = ? order by global_index";
    private static final String LATEST_LEAVES = """
            select aggregate_id, aggregate_type, sequence, hash from events.audit_digest_leaf
            where digest_id = (select digest_id from events.audit_digest order by created_at desc, digest_id desc limit 1)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final ExecutorService otherLanes = Executors.newFixedThreadPool(LANES - 1, work -> {
        Thread thread = new Thread(work, "audit-verify-lane");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock wholeStore = new ReentrantLock(true);
    private final JsonFactory json = new JsonFactory();

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    /** @param aggregateId only this aggregate's chain, or every chain when null */
    Verification verify(String aggregateId) {
        if (aggregateId != null) {
            return snapshot.execute(status -> {
                Map<String, Digests.Leaf> digestHeads = latestHeads(aggregateId);
                return result(List.of(read(ONE, false, digestHeads, aggregateId)), digestHeads, clock.instant());
            });
        }
        // one whole store at a time, waiting before a connection is taken: one already keeps every core busy, and a
        // lane then never waits for a connection that other verifications' first lanes hold
        wholeStore.lock();
        try {
            return snapshot.execute(status -> {
                Map<String, Digests.Leaf> digestHeads = latestHeads(null);
                long[] range = jdbc.queryForObject("select coalesce(min(global_index), 1) - 1, coalesce(max(global_index), 0)"
                        + " from events.domain_event_entry", (rows, index) -> new long[]{rows.getLong(1), rows.getLong(2)});
                String exported = jdbc.queryForObject("select pg_export_snapshot()", String.class);
                if (exported == null || !SNAPSHOT_ID.matcher(exported).matches()) {
                    throw new IllegalStateException("PostgreSQL exported no snapshot id: " + exported);
                }
                long[] bounds = new long[LANES + 1];
                for (int lane = 0; lane <= LANES; lane++) {
                    bounds[lane] = range[0] + (range[1] - range[0]) * lane / LANES;
                }
                List<Future<Pass>> others = new ArrayList<>();
                for (int lane = 1; lane < LANES; lane++) {
                    long after = bounds[lane];
                    long upTo = bounds[lane + 1];
                    // this transaction stays open until every lane is read, so the snapshot can be imported
                    others.add(otherLanes.submit(() -> snapshot.execute(imported -> {
                        jdbc.execute("set transaction snapshot '" + exported + "'");
                        return read(LANE, true, digestHeads, after, upTo);
                    })));
                }
                List<Pass> passes = new ArrayList<>();
                passes.add(read(LANE, false, digestHeads, bounds[0], bounds[1]));
                for (Future<Pass> other : others) {
                    passes.add(join(other));
                }
                Verification linked = result(passes, digestHeads, clock.instant());
                // sequences going backwards across a lane's start: what a single pass makes of it, in this snapshot
                return linked != null ? linked
                        : result(List.of(read(LANE, false, digestHeads, range[0], range[1])), digestHeads, clock.instant());
            });
        } finally {
            wholeStore.unlock();
        }
    }

    @Override
    public void destroy() {
        otherLanes.shutdownNow();
    }

    /** The latest digest's heads by aggregate id (only that aggregate's when one is named); empty before any digest. */
    private Map<String, Digests.Leaf> latestHeads(String aggregateId) {
        List<Digests.Leaf> leaves = aggregateId == null
                ? jdbc.query(LATEST_LEAVES, Digests.Leaf.ROWS)
                : jdbc.query(LATEST_LEAVES + " and aggregate_id = ?", Digests.Leaf.ROWS, aggregateId);
        Map<String, Digests.Leaf> heads = new HashMap<>(leaves.size() * 2);
        leaves.forEach(leaf -> heads.put(leaf.aggregateId(), leaf));
        return heads;
    }

    /** @param midway whether the events read may continue chains begun before them (a later lane) */
    private Pass read(String query, boolean midway, Map<String, Digests.Leaf> digestHeads, Object... parameters) {
        Pass pass = new Pass(digestHeads, midway);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(query);
            // bytea in binary: half the bytes on the wire and no hex to decode
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        }, (ResultSet rows) -> pass.read(rows));
        return pass;
    }

    private static Pass join(Future<Pass> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("a lane of the verification failed", e.getCause());
        }
    }

    /**
     * The lanes' findings together, each aggregate's first event in a later lane linked to its last before; null when
     * an aggregate's sequence goes backwards across a lane's start, which only a single pass judges as such.
     */
    private static Verification result(List<Pass> passes, Map<String, Digests.Leaf> digestHeads, Instant checkedAt) {
        Breaks breaks = new Breaks();
        Map<String, Head> heads = new HashMap<>();
        long events = 0;
        for (Pass pass : passes) {
            events += pass.events;
            pass.breaks.kept.forEach(breaks::add);
            breaks.count += pass.breaks.count - pass.breaks.kept.size();
            for (Map.Entry<String, Head> each : pass.heads.entrySet()) {
                Head before = heads.get(each.getKey());
                Opening opening = each.getValue().opening;
                if (opening != null) {
                    if (before != null && before.sequence >= opening.sequence()) {
                        return null;
                    }
                    place(breaks::add, each.getKey(), each.getValue().type, opening.sequence(),
                            before == null ? 0 : before.sequence + 1, opening.readable(), opening.matches(), opening.prevHash(),
                            before);
                }
                heads.put(each.getKey(), each.getValue());
            }
        }
        for (Digests.Leaf leaf : digestHeads.values()) {
            Head head = heads.get(leaf.aggregateId());
            if (head == null || head.sequence < leaf.sequence()) {
                breaks.add(new Break(leaf.aggregateId(), head == null ? leaf.aggregateType() : head.type, leaf.sequence(),
                        Break.Reason.HEAD_MISSING));
            }
        }
        List<Break> listed = breaks.first();
        return new Verification(breaks.count == 0, events, heads.size(), checkedAt, listed, breaks.count - listed.size());
    }

    /**
     * An event's place in its chain, its hash checked: the sequence its predecessor's plus one, and its prevHash that
     * predecessor's hash (the genesis for a first event; taken as so when the predecessor's own hash was unreadable:
     * that event is a HASH_MISMATCH already, and what it linked to is lost).
     */
    private static void place(Consumer<Break> breaks, String aggregateId, String type, long sequence, long expected,
                              boolean readable, boolean matches, byte[] prevHash, Head predecessor) {
        if (matches) {
            boolean linked = predecessor == null ? Arrays.equals(prevHash, GENESIS)
                    : !predecessor.hashKnown || Arrays.equals(prevHash, predecessor.hash);
            if (sequence > expected) {
                breaks.accept(new Break(aggregateId, type, expected, Break.Reason.MISSING_EVENT));
            } else if (sequence < expected || !linked) {
                breaks.accept(new Break(aggregateId, type, sequence, Break.Reason.CHAIN_MISMATCH));
            }
        }
        if (sequence > expected && !readable) {
            breaks.accept(new Break(aggregateId, type, expected, Break.Reason.MISSING_EVENT));
        }
    }

    /** The first {@link #MAX_BREAKS} breaks in {@link #ORDER}, whatever order they are found in, and how many there were. */
    private static final class Breaks {
        final List<Break> kept = new ArrayList<>();
        long count;

        void add(Break found) {
            count++;
            kept.add(found);
            if (kept.size() >= 2 * MAX_BREAKS) {
                trim();
            }
        }

        List<Break> first() {
            trim();
            return List.copyOf(kept);
        }

        private void trim() {
            kept.sort(ORDER);
            if (kept.size() > MAX_BREAKS) {
                kept.subList(MAX_BREAKS, kept.size()).clear();
            }
        }
    }

    private static final byte[] GENESIS = new byte[ChainHasher.HASH_BYTES];
    private static final byte[] EFFECTIVE_DATE = "effectiveDate".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRESIDENCY_YEAR = "presidencyYear".getBytes(StandardCharsets.US_ASCII);
    /** The index of the quote that ends the JSON string whose text starts at {@code from}; -1 when there is none. */
    private static int endOfString(byte[] json, int from) {
        for (int i = from; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean named(byte[] json, int from, int to, byte[] name) {
        return Arrays.equals(json, from, to, name, 0, name.length);
    }

    /** The parser's current string as lowercase hex into {@code out}, read from its own characters (no string per link). */
    private static boolean decodeHex(JsonParser parser, byte[] out) throws IOException {
        return Hex.decode(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), out);
    }

    /** An aggregate's first event in a later lane: what its link needs. */
    private record Opening(long sequence, byte[] prevHash, boolean readable, boolean matches) {
    }

    /** What a lane knows of one aggregate: its last sequence and that event's recorded hash, and its digested head. */
    private static final class Head {
        final String type;
        final Digests.Leaf digested;
        long sequence;
        boolean hashKnown;
        final byte[] hash = new byte[ChainHasher.HASH_BYTES];
        /** In a later lane, the aggregate's first event there, linked once the earlier lanes are read. */
        Opening opening;

        Head(String type, Digests.Leaf digested) {
            this.type = type;
            this.digested = digested;
        }
    }

    /** One lane's reading: not thread-safe, one per lane. */
    private final class Pass {
        private final Map<String, Digests.Leaf> digestHeads;
        private final Map<String, Head> heads = new HashMap<>();
        private final Breaks breaks = new Breaks();
        private long events;
        private final ChainHasher hasher = new ChainHasher();
        private final byte[] computed = new byte[ChainHasher.HASH_BYTES];
        private final byte[] storedHash = new byte[ChainHasher.HASH_BYTES];
        private final byte[] storedPrev = new byte[ChainHasher.HASH_BYTES];
        private final byte[] digestHash = new byte[ChainHasher.HASH_BYTES];
        private final boolean midway;
        // what the metadata and the payload scan found for the current event
        private String actorRef;
        private String effectiveDate;
        private Integer presidency;

        Pass(Map<String, Digests.Leaf> digestHeads, boolean midway) {
            this.digestHeads = digestHeads;
            this.midway = midway;
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
                head = new Head(type, digestHeads.get(aggregateId));
                heads.put(aggregateId, head);
            }
            long expected = first ? 0 : head.sequence + 1;
            boolean linkRead = readMetaData(metaData);
            boolean readable = linkRead && readPayload(payload);
            if (readable) {
                hasher.hash(storedPrev, actorRef, aggregateId, type, effectiveDate, payload, 0, payload.length, presidency,
                        recordedAt, sequence, payloadType, payloadRevision, computed);
            }
            boolean matches = readable && Arrays.equals(computed, storedHash);
            if (!matches) {
                breaks.add(new Break(aggregateId, type, sequence, Break.Reason.HASH_MISMATCH));
            }
            if (first && midway) {
                head.opening = new Opening(sequence, storedPrev.clone(), readable, matches);
            } else {
                place(breaks::add, aggregateId, type, sequence, expected, readable, matches, storedPrev, first ? null : head);
            }
            Digests.Leaf leaf = head.digested;
            if (leaf != null && leaf.sequence() == sequence
                    && (!linkRead || !Hex.decode(leaf.hash(), digestHash) || !Arrays.equals(digestHash, storedHash))) {
                breaks.add(new Break(aggregateId, type, sequence, Break.Reason.HEAD_MISSING));
            }
            if (first || sequence > head.sequence) {
                head.sequence = sequence;
                head.hashKnown = linkRead;
                System.arraycopy(storedHash, 0, head.hash, 0, ChainHasher.HASH_BYTES);
            }
        }

        /** The metadata's actor reference and link, the link's hex decoded into {@code storedHash} and {@code storedPrev}. */
        private boolean readMetaData(byte[] metaData) {
            actorRef = null;
            boolean hash = false;
            boolean prevHash = false;
            if (metaData == null) {
                return false;
            }
            try (JsonParser parser = json.createParser(metaData)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    boolean text = parser.nextToken() == JsonToken.VALUE_STRING;
                    switch (name) {
                        case ChainMetadata.ACTOR_REF -> actorRef = text ? parser.getText() : null;
                        case ChainMetadata.HASH -> hash = text && decodeHex(parser, storedHash);
                        case ChainMetadata.PREV_HASH -> prevHash = text && decodeHex(parser, storedPrev);
                        default -> {
                        }
                    }
                    // an object or array where a link was expected is passed over whole, not read as the top level
                    parser.skipChildren();
                }
                return hash && prevHash;
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * The top level of the payload, for its effective date and presidency. Written for the canonical form the
         * store keeps (no whitespace, every key once): the payload's bytes themselves are hashed, so a payload in any
         * other form no longer matches its hash, whatever is read from it here.
         */
        private boolean readPayload(byte[] payload) {
            effectiveDate = null;
            presidency = null;
            int length = payload.length;
            if (length < 2 || payload[0] != '{') {
                return false;
            }
            int depth = 0;
            for (int i = 0; i < length; i++) {
                switch (payload[i]) {
                    case '{', '[' -> depth++;
                    case '}', ']' -> depth--;
                    case '"' -> {
                        int end = endOfString(payload, i + 1);
                        if (end < 0) {
                            return false;
                        }
                        if (depth == 1 && end + 2 < length && payload[end + 1] == ':') {
                            if (named(payload, i + 1, end, EFFECTIVE_DATE) && payload[end + 2] == '"') {
                                int value = endOfString(payload, end + 3);
                                if (value < 0) {
                                    return false;
                                }
                                effectiveDate = new String(payload, end + 3, value - end - 3, StandardCharsets.UTF_8);
                                end = value;
                            } else if (named(payload, i + 1, end, PRESIDENCY_YEAR)) {
                                end = readPresidency(payload, end + 2);
                            }
                        }
                        i = end;
                    }
                    default -> {
                    }
                }
            }
            return depth == 0;
        }

        /** An integer presidency at {@code from}, as JSON has it; the index of its last character. */
        private int readPresidency(byte[] payload, int from) {
            int i = from;
            boolean negative = i < payload.length && payload[i] == '-';
            if (negative) {
                i++;
            }
            long value = 0;
            int digits = 0;
            while (i < payload.length && payload[i] >= '0' && payload[i] <= '9' && digits <= 10) {
                value = value * 10 + (payload[i++] - '0');
                digits++;
            }
            boolean integer = digits > 0 && (i >= payload.length || (payload[i] != '.' && payload[i] != 'e' && payload[i] != 'E'));
            value = negative ? -value : value;
            if (integer && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                presidency = (int) value;
            }
            return i - 1;
        }

    }
}
