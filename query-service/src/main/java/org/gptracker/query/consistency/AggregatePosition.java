package org.gptracker.query.consistency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Objects;

/** How far one side (the event store or the read model) knows an aggregate's stream: its last sequence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregatePosition(String aggregateId, String aggregateType, long lastSequence) {

    public AggregatePosition {
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
