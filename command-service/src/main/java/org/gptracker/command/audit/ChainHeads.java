package org.gptracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gptracker.events.EventJson;
import org.gptracker.events.chain.ChainHasher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash each new event links to: its aggregate's previous event's. Found without a query when it can be:
 * earlier in the same unit of work, or remembered from a committed one in this instance (an entry is keyed by
 * the sequence it belongs to, and a stored event never changes, so a stale entry is never used, only missed).
 * Otherwise one indexed read of that event, in the append's transaction.
 */
@Component
class ChainHeads {

    private static final int CAPACITY = 100_000;
    private static final String PENDING = ChainHeads.class.getName() + ".pending";

    record Head(long sequence, String hash) {
    }

    private final Map<String, Head> committed = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
            return size() > CAPACITY;
        }
    });
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.newMapper();

    ChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String previous(String aggregateId, long sequence) {
        if (sequence == 0) {
            return ChainHasher.GENESIS;
        }
        Map<String, Head> pending = pending();
        Head head = pending == null ? null : pending.get(aggregateId);
        if (head == null || head.sequence() != sequence - 1) {
            head = committed.get(aggregateId);
        }
        if (head != null && head.sequence() == sequence - 1) {
            return head.hash();
        }
        return stored(aggregateId, sequence - 1);
    }

    void linked(String aggregateId, long sequence, String hash) {
        Map<String, Head> pending = pending();
        if (pending != null) {
            pending.put(aggregateId, new Head(sequence, hash));
        }
    }

    private Map<String, Head> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, Head> heads = new HashMap<>();
            root.afterCommit(unitOfWork -> committed.putAll(heads));
            return heads;
        });
    }

    private String stored(String aggregateId, long sequence) {
        List<byte[]> rows = jdbc.queryForList("""
                select meta_data from events.domain_event_entry where aggregate_identifier = ? and sequence_number = ?
                """, byte[].class, aggregateId, sequence);
        if (rows.isEmpty()) {
            throw new IllegalStateException("event " + sequence + " of " + aggregateId + " is not stored: nothing to chain to");
        }
        try {
            JsonNode hash = json.readTree(rows.get(0)).get(ChainMetadata.HASH);
            if (hash == null || !hash.isTextual()) {
                throw new IllegalStateException("event " + sequence + " of " + aggregateId + " has no hash");
            }
            return hash.asText();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable metadata of event " + sequence + " of " + aggregateId, e);
        }
    }
}
