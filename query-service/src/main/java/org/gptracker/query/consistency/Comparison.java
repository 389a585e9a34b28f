package org.gptracker.query.consistency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the event store's last sequence of each aggregate with the read model's, in one pass over each side. */
final class Comparison {

    private Comparison() {
    }

    /**
     * @param store     the event store's positions, in any order
     * @param readModel the read model's positions by aggregate id
     */
    static ConsistencyReport of(List<AggregatePosition> store, Map<String, AggregatePosition> readModel, Instant checkedAt) {
        List<Difference> differences = new ArrayList<>();
        Set<String> inStore = new HashSet<>(store.size() * 2);
        for (AggregatePosition stored : store) {
            if (!inStore.add(stored.aggregateId())) {
                continue;
            }
            AggregatePosition projected = readModel.get(stored.aggregateId());
            if (projected == null) {
                differences.add(new Difference(stored.aggregateId(), stored.aggregateType(), stored.lastSequence(), null));
            } else if (projected.lastSequence() != stored.lastSequence()) {
                differences.add(new Difference(stored.aggregateId(), stored.aggregateType(), stored.lastSequence(),
                        projected.lastSequence()));
            }
        }
        int onlyInReadModel = 0;
        for (AggregatePosition projected : readModel.values()) {
            if (!inStore.contains(projected.aggregateId())) {
                differences.add(new Difference(projected.aggregateId(), projected.aggregateType(), null, projected.lastSequence()));
                onlyInReadModel++;
            }
        }
        differences.sort(Comparator.comparing(Difference::aggregateId));
        return new ConsistencyReport(differences.isEmpty(), checkedAt, inStore.size() + onlyInReadModel, List.copyOf(differences));
    }
}
