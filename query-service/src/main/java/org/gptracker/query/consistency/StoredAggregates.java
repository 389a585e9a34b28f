package org.gptracker.query.consistency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Objects;

/** The command service's answer to {@code GET /admin/aggregates}: the event store's last sequence of every aggregate. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredAggregates(List<AggregatePosition> aggregates) {

    StoredAggregates {
        Objects.requireNonNull(aggregates, "aggregates");
    }
}
