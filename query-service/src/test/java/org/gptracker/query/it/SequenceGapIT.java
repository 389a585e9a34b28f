package org.gptracker.query.it;

import io.micrometer.core.instrument.Gauge;
import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.query.consistency.CommandServiceStandIn;
import org.gptracker.query.consistency.CommandServiceStandIn.StoredAggregate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.proposed;
import static org.gptracker.query.it.ConsistencyChecks.difference;
import static org.gptracker.query.it.ConsistencyChecks.differences;
import static org.gptracker.query.it.ConsistencyChecks.othersAsProjectedAnd;
import static org.gptracker.query.it.ConsistencyChecks.project;

class SequenceGapIT extends QueryServiceTestBase {

    private static final int HALTED_PARTITION = 2;
    private static final int OTHER_PARTITION = 3;

    private final CommandServiceStandIn commandService = CommandServiceStandIn.shared();

    /** Also: the consistency check shows the halted aggregate behind the event store until the repair. */
    @Test
    void anEventAfterAMissingOneIsNotAppliedAndHaltsItsPartitionOnly() throws Exception {
        String gapped = UUID.randomUUID().toString();
        String queuedBehind = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        publish(HALTED_PARTITION, gapped, proposed(gapped, 0));
        awaitProject(gapped);
        double gapsBefore = count("gp.projection.sequence.gaps");

        publish(HALTED_PARTITION, gapped, proposed(gapped, 2));
        publish(HALTED_PARTITION, queuedBehind, proposed(queuedBehind, 0));
        publish(OTHER_PARTITION, elsewhere, proposed(elsewhere, 0));
        List<StoredAggregate> store = List.of(project(gapped, 2), project(queuedBehind, 0), project(elsewhere, 0));
        try {
            awaitProject(elsewhere);
            await().atMost(PATIENCE).until(() -> count("gp.projection.sequence.gaps") > gapsBefore);

            assertThat(projectVersion(gapped)).isZero();
            assertThat(lastAppliedSequence(gapped)).isZero();
            // never silent: the partition shows as stalled, and the instance as not ready
            await().atMost(PATIENCE).until(() -> stalled(HALTED_PARTITION) == 1);
            assertThat(stalled(OTHER_PARTITION)).isZero();
            ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
            assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(readiness.getBody()).contains("OUT_OF_SERVICE");
            assertThat(getProject(queuedBehind).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            commandService.holds(othersAsProjectedAnd(jdbc, store));
            assertThat(differences(consistency())).containsExactlyElementsOf(List.of(
                    difference(gapped, "Project", "2", "0"), difference(queuedBehind, "Project", "0", "null"))
                    .stream().sorted().toList());
        } finally {
            repairAsAnOperatorWould(gapped);
        }

        // nothing was skipped: the halted record, then the one behind it, are applied once the gap is repaired
        awaitProject(queuedBehind);
        assertThat(projectVersion(gapped)).isEqualTo(2);
        await().atMost(PATIENCE).until(() -> stalled(HALTED_PARTITION) == 0);
        commandService.holds(othersAsProjectedAnd(jdbc, store));
        JsonNode repaired = consistency();
        assertThat(repaired.get("consistent").asBoolean()).as(repaired.toString()).isTrue();
    }

    private double stalled(int partition) {
        Gauge gauge = meters.find("gp.projection.stalled").tag("partition", String.valueOf(partition)).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private JsonNode consistency() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/admin/consistency", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /**
     * Stands in for applying the missing event 1: the position moves past it. (The record at 2 is a
     * second proposal, as the contract has no other event yet, so the first one's row makes way.)
     */
    private void repairAsAnOperatorWould(String aggregateId) {
        jdbc.update("delete from read.project where project_id = ?::uuid", aggregateId);
        jdbc.update("update read.aggregate_position set last_sequence = 1 where aggregate_id = ?", aggregateId);
    }
}
