package org.gptracker.query.consistency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Does the read model know every aggregate's stream as far as the event store holds it? */
@Service
class ConsistencyCheck {

    private static final Logger log = LoggerFactory.getLogger(ConsistencyCheck.class);

    private final ReadModelPositions readModel;
    private final EventStore eventStore;

    ConsistencyCheck(ReadModelPositions readModel, EventStore eventStore) {
        this.readModel = readModel;
        this.eventStore = eventStore;
    }

    ConsistencyReport run(String authorization) {
        long started = System.nanoTime();
        Instant checkedAt = Instant.now();
        // the read model first: the store only grows, so a read model ahead of it is never an artefact of timing
        // (one behind may be, by the events still on their way)
        Map<String, AggregatePosition> projected = readModel.all();
        List<AggregatePosition> stored = eventStore.lastSequences(authorization);
        ConsistencyReport report = Comparison.of(stored, projected, checkedAt);
        log.info("Consistency check: {} aggregates, {} differences, in {} ms", report.aggregates(),
                report.differences().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
