package org.gptracker.query.projection;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every read model's projection, in their {@code @Order}: the event log first, so an event it refuses (no actor, a
 * text PostgreSQL cannot hold) has changed nothing yet.
 */
@Component
class Projections {

    private final List<Projection<?>> all;

    Projections(List<Projection<?>> all) {
        this.all = List.copyOf(all);
    }

    /** Fresh stores for the live stream: every read model. */
    Stores live() {
        return Stores.live(all);
    }

    /** Fresh stores for a rebuild: the read models it rebuilds, keeping up to {@code keptInMemory} aggregates each. */
    Stores rebuilt(int keptInMemory) {
        return Stores.rebuilding(all.stream().filter(Projection::rebuilt).toList(), keptInMemory);
    }
}
