package org.gptracker.query.presidency;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.query.projection.Projection;
import org.gptracker.query.projection.Storable;
import org.gptracker.query.projection.Stores;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** The presidency read model: each presidency, its priorities in the order declared, and who chaired it from when. */
@Component
@Order(20)
class PresidencyProjection implements Projection<PresidencyStore> {

    @Override
    public PresidencyStore newStore(Stores earlier) {
        return new PresidencyStore();
    }

    @Override
    public void check(GpEvent event, EventEnvelope envelope) {
        if (event instanceof PresidencyOpened e) {
            PresidencyRow.year(e.year(), envelope);
            Storable.date(e.startsOn(), "data.startsOn");
            Storable.date(e.endsOn(), "data.endsOn");
        } else if (event instanceof PriorityDeclared e) {
            PresidencyRow.year(e.year(), envelope);
        } else if (event instanceof PresidencyClosed e) {
            PresidencyRow.year(e.year(), envelope);
            Storable.date(e.closedOn(), "data.closedOn");
        } else if (event instanceof ChairHandedOver e) {
            PresidencyRow.year(e.year(), envelope);
            Storable.date(e.since(), "data.since");
        }
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope, PresidencyStore store) {
        if (event instanceof PresidencyOpened e) {
            PresidencyRow presidency = PresidencyRow.opened(e, envelope);
            store.insert(presidency);
            store.declare(presidency.year(), e.priorities(), e.effectiveDate());
        } else if (event instanceof PriorityDeclared e) {
            store.update(store.get(e.year()).recorded(e.year(), envelope));
            store.declare(e.year(), List.of(new Priority(e.code(), e.title())), e.effectiveDate());
        } else if (event instanceof PresidencyClosed e) {
            store.update(store.get(e.year()).closed(e, envelope));
        } else if (event instanceof ChairHandedOver e) {
            PresidencyRow presidency = store.get(e.year()).handedOver(e, envelope);
            store.update(presidency);
            store.chairFrom(presidency.year(), presidency.chair(), e.since());
        }
    }
}
