package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

class ProjectionsTest {

    private final List<String> applied = new ArrayList<>();
    private final ProjectProposed proposal = chornobylProposal("p-1");
    private final EventEnvelope envelope = envelope(proposal, "p-1", 0);

    @Test
    void everyProjectionAppliesTheEventInItsOrderThroughItsOwnStore() {
        Stores stores = new Projections(List.of(projection("log", true, false), projection("summary", true, false))).live();

        stores.apply(proposal, envelope);

        assertThat(applied).containsExactly("log p-1", "summary p-1");
    }

    @Test
    void anEventOneProjectionRefusesIsAppliedByNone() {
        Stores stores = new Projections(List.of(projection("log", true, false), projection("summary", true, true))).live();

        assertThatThrownBy(() -> stores.apply(proposal, envelope)).isInstanceOf(InvalidEnvelopeException.class);

        assertThat(applied).isEmpty();
    }

    @Test
    void aRebuildLeavesOutTheReadModelsOnlyTheLiveStreamWrites() {
        Stores stores = new Projections(List.of(projection("log", true, false), projection("stream", false, false))).rebuilt(1);

        stores.apply(proposal, envelope);

        assertThat(applied).containsExactly("log p-1");
    }

    private Projection<Store> projection(String name, boolean rebuilt, boolean refuses) {
        return new Projection<>() {
            @Override
            public Store newStore(Stores earlier) {
                return new Store();
            }

            @Override
            public void check(GpEvent event, EventEnvelope envelope) {
                if (refuses) {
                    throw new InvalidEnvelopeException(name + " refuses it");
                }
            }

            @Override
            public void apply(GpEvent event, EventEnvelope envelope, Store store) {
                applied.add(name + " " + envelope.subject());
            }

            @Override
            public boolean rebuilt() {
                return rebuilt;
            }
        };
    }

    private static final class Store implements BatchStore {
        @Override
        public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        }

        @Override
        public Write drain() {
            return (jdbc, schema) -> {
            };
        }
    }
}
