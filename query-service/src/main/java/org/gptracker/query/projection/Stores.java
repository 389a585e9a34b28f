package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** Every projection of one run (a live poll, or a whole rebuild) with the store it writes through, in their order. */
public final class Stores {

    private final List<Bound<?>> bound = new ArrayList<>();
    /** Aggregates a rebuild's store may keep in memory from batch to batch; none for a live poll's. */
    private final int keptInMemory;
    /** A rebuild's batches leave the totals kept for queries out: its switch counts them from the rows (V14). */
    private final boolean talliesDeferred;

    private record Bound<S extends BatchStore>(Projection<S> projection, S store) {

        void apply(GpEvent event, EventEnvelope envelope) {
            projection.apply(event, envelope, store);
        }

        void skipped(GpEvent event, EventEnvelope envelope) {
            projection.skipped(event, envelope, store);
        }
    }

    private Stores(List<Projection<?>> projections, int keptInMemory, boolean talliesDeferred) {
        this.keptInMemory = keptInMemory;
        this.talliesDeferred = talliesDeferred;
        projections.forEach(this::bind);
    }

    /** A live poll's stores: made for one poll, so nothing they hold outlives it. */
    static Stores live(List<Projection<?>> projections) {
        return new Stores(projections, 0, false);
    }

    /**
     * A rebuild's stores, which may keep up to {@code keptInMemory} aggregates from one batch to the next, and write
     * no totals.
     */
    static Stores rebuilding(List<Projection<?>> projections, int keptInMemory) {
        return new Stores(projections, keptInMemory, true);
    }

    /** How many aggregates a store may keep from batch to batch: 0 for a live poll's. */
    public int keptInMemory() {
        return keptInMemory;
    }

    /**
     * Whether a batch leaves out the totals kept for queries: a rebuild counts them once from the rows it wrote, as
     * it builds its indexes once.
     */
    public boolean talliesDeferred() {
        return talliesDeferred;
    }

    private <S extends BatchStore> void bind(Projection<S> projection) {
        bound.add(new Bound<>(projection, projection.newStore(this)));
    }

    /** The store of an earlier projection that is a {@code type}: how a store reads what another one holds. */
    public <T> T find(Class<T> type) {
        return bound.stream().map(Bound::store).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no projection ordered earlier has a " + type.getSimpleName()));
    }

    void prefetch(List<EventEnvelope> ofKnownAggregates, JdbcTemplate jdbc, String schema) {
        bound.forEach(each -> each.store().prefetch(ofKnownAggregates, jdbc, schema));
    }

    /** Every projection checks the event before any applies it. */
    void apply(GpEvent event, EventEnvelope envelope) {
        bound.forEach(each -> each.projection().check(event, envelope));
        bound.forEach(each -> each.apply(event, envelope));
    }

    void skipped(GpEvent event, EventEnvelope envelope) {
        bound.forEach(each -> each.skipped(event, envelope));
    }

    List<BatchStore.Write> drain() {
        return bound.stream().map(each -> each.store().drain()).toList();
    }
}
