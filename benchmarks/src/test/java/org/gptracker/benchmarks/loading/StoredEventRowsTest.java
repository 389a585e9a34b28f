package org.gptracker.benchmarks.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gptracker.benchmarks.portfolio.GeneratedProject;
import org.gptracker.benchmarks.portfolio.Portfolio;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;

class StoredEventRowsTest {

    private final ObjectMapper json = EventJson.newMapper();
    private final Map<Integer, Object> row = new TreeMap<>();

    @Test
    void aRowReadsLikeOneTheCommandServiceWrote() throws Exception {
        GeneratedProject project = new Portfolio(1).project(0);
        ProjectProposed proposal = (ProjectProposed) project.events().get(0);

        new StoredEventRows("portfolio-generator").addTo(capturing(), project.projectId(), 0, proposal,
                Instant.parse("2026-11-28T04:31:12.123456Z"));

        assertThat(row.get(2)).isEqualTo(project.projectId());
        assertThat(row.get(3)).isEqualTo(0L);
        assertThat(row.get(4)).isEqualTo("Project");
        assertThat(row.get(5)).isEqualTo("2026-11-28T04:31:12.123Z");
        assertThat(row.get(6)).isEqualTo("gp.project.ProjectProposed");
        assertThat(row.get(7)).isEqualTo("1");
        assertThat(json.readValue((byte[]) row.get(8), ProjectProposed.class)).isEqualTo(proposal);
        JsonNode payload = json.readTree((byte[]) row.get(8));
        assertThat(payload.path("requestedBudget").path("amount").isTextual()).as("money as a decimal string").isTrue();
        assertThat(payload.path("effectiveDate").asText()).isEqualTo(proposal.effectiveDate().toString());
        assertThat((byte[]) row.get(8)).as("canonical JSON, as the command service stores it")
                .isEqualTo(CanonicalJson.of((byte[]) row.get(8)));
        JsonNode metaData = json.readTree((byte[]) row.get(9));
        assertThat(metaData.has("actor")).isFalse();
        assertThat(metaData.path("actorRef").asText()).hasSize(36);
        assertThat(metaData.path("correlationId").asText()).hasSize(36);
        assertThat(metaData.path("prevHash").asText()).isEqualTo(ChainHasher.GENESIS);
        assertThat(metaData.path("hash").asText()).isEqualTo(new ChainHasher().hash(ChainHasher.GENESIS,
                metaData.path("actorRef").asText(), project.projectId(), "Project", proposal.effectiveDate().toString(),
                (byte[]) row.get(8), proposal.presidencyYear(), "2026-11-28T04:31:12.123Z", 0, "gp.project.ProjectProposed.v1"));
        assertThat(metaData.size()).isEqualTo(4);
    }

    @Test
    void aWholeSecondStillHasItsThreeFractionDigits() throws Exception {
        GeneratedProject project = new Portfolio(1).project(0);
        new StoredEventRows("a").addTo(capturing(), project.projectId(), 0, project.events().get(0),
                Instant.parse("2026-11-28T04:31:12Z"));
        assertThat(row.get(5)).isEqualTo("2026-11-28T04:31:12.000Z");
    }

    @Test
    void theSameEventGetsTheSameIdentifiersEveryTime() throws Exception {
        GeneratedProject project = new Portfolio(1).project(3);
        GpEvent event = project.events().get(1);
        StoredEventRows rows = new StoredEventRows("a");
        rows.addTo(capturing(), project.projectId(), 1, event, Instant.now());
        Object eventId = row.get(1);
        String correlation = json.readTree((byte[]) row.get(9)).path("correlationId").asText();
        rows.addTo(capturing(), project.projectId(), 1, event, Instant.now());
        assertThat(row.get(1)).isEqualTo(eventId);
        assertThat(json.readTree((byte[]) row.get(9)).path("correlationId").asText()).isEqualTo(correlation);
        rows.addTo(capturing(), project.projectId(), 2, project.events().get(2), Instant.now());
        assertThat(row.get(1)).isNotEqualTo(eventId);
    }

    /** A statement that only remembers its parameters. */
    private PreparedStatement capturing() {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    if (List.of("setString", "setLong", "setBytes").contains(method.getName())) {
                        row.put((Integer) args[0], args[1]);
                    }
                    return null;
                });
    }
}
