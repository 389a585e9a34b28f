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
        return new Stores(all);
    }

    /** Fresh stores for a rebuild: the read models it rebuilds. */
    Stores rebuilt() {
        return new Stores(all.stream().filter(Projection::rebuilt).toList());
    }
}
