package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

class ProjectionsTest {

    private final List<String> applied = new ArrayList<>();

    @Test
    void everyHandlerOfTheEventsTypeAppliesIt() {
        Projections projections = new Projections(List.of(handler("summary"), handler("history")));
        ProjectProposed proposal = chornobylProposal("p-1");

        projections.apply(proposal, envelope(proposal, "p-1", 0));

        assertThat(applied).containsExactly("summary p-1", "history p-1");
    }

    @Test
    void anEventNoHandlerKnowsIsPassedOver() {
        Projections projections = new Projections(List.of());
        ProjectProposed proposal = chornobylProposal("p-1");

        projections.apply(proposal, envelope(proposal, "p-1", 0));

        assertThat(applied).isEmpty();
    }

    @Test
    void aHandlerOfEveryEventAppliesEventsOfEveryTypeBeforeTheirOwnHandlers() {
        Projections projections = new Projections(List.of(everyEvent("log"), handler("summary")));
        ProjectProposed proposal = chornobylProposal("p-1");
        PriorityDeclared priority = new PriorityDeclared(2025, "AFRICA_BIO", "Biosecurity in Africa",
                LocalDate.of(2025, 1, 10), 2025);

        projections.apply(proposal, envelope(proposal, "p-1", 0));
        projections.apply(priority, envelope(priority, "2025", 1));

        assertThat(applied).containsExactly("log ProjectProposed", "summary p-1", "log PriorityDeclared");
    }

    private ProjectionHandler<GpEvent> everyEvent(String name) {
        return new ProjectionHandler<>() {
            @Override
            public Class<GpEvent> eventType() {
                return GpEvent.class;
            }

            @Override
            public void apply(GpEvent event, EventEnvelope envelope) {
                applied.add(name + " " + event.getClass().getSimpleName());
            }
        };
    }

    private ProjectionHandler<ProjectProposed> handler(String name) {
        return new ProjectionHandler<>() {
            @Override
            public Class<ProjectProposed> eventType() {
                return ProjectProposed.class;
            }

            @Override
            public void apply(ProjectProposed event, EventEnvelope envelope) {
                applied.add(name + " " + event.projectId());
            }
        };
    }
}
