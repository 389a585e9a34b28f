package org.gptracker.query.history;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

class LoggedEventTest {

    private static final Instant RECORDED = Instant.parse("2025-03-14T09:30:00.123456Z");

    @Test
    void anEventIsLoggedWithItsProvenanceAndItsDataAsSent() throws Exception {
        ProjectProposed proposal = chornobylProposal("p-1");
        EventEnvelope sent = envelope(proposal, "p-1", 0, RECORDED, "alice", "c-1");

        LoggedEvent logged = LoggedEvent.of(proposal, sent);

        assertThat(logged).isEqualTo(new LoggedEvent(sent.id(), "Project", "p-1", 0, "gp.project.ProjectProposed.v1",
                LocalDate.of(2025, 3, 14), RECORDED, 2025, "alice", "c-1", logged.data()));
        assertThat(logged.data()).isEqualTo(CODEC.decode(CODEC.encode(sent)).data());
    }

    @Test
    void anEventOutsideEveryPresidencyAndWithoutCorrelationIsLoggedSo() {
        PriorityDeclared priority = new PriorityDeclared(2025, "CHEM", "Chemical security", LocalDate.of(2026, 2, 1), null);

        LoggedEvent logged = LoggedEvent.of(priority, envelope(priority, "2025", 3, RECORDED, "secretariat", null));

        assertThat(logged.presidency()).isNull();
        assertThat(logged.correlationId()).isNull();
        assertThat(logged.aggregateType()).isEqualTo("Presidency");
    }

    @Test
    void anEventThatDoesNotSayWhoMadeTheChangeIsUnreadable() {
        ProjectProposed proposal = chornobylProposal("p-1");

        assertThatThrownBy(() -> LoggedEvent.of(proposal, envelope(proposal, "p-1", 0, RECORDED, null, "c-1")))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> LoggedEvent.of(proposal, envelope(proposal, "p-1", 0, RECORDED, " ", "c-1")))
                .isInstanceOf(InvalidEnvelopeException.class);
    }
}
