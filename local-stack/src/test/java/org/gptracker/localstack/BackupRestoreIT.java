package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md "Backup and restore", step by step on the real servers: the event store of a running stack
 * dumped, restored into an empty stack (its own databases and topic), republished, the read models rebuilt, and
 * the consistency check finds no difference; the restored stack answers as the original did.
 */
class BackupRestoreIT {

    private static RunningServices original;
    private static RunningServices restored;

    @AfterAll
    static void stopServices() {
        for (RunningServices stack : new RunningServices[] {original, restored}) {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    void aStackRestoredFromTheEventStoreDumpRepublishedAndRebuiltAnswersAsTheOriginal() throws Exception {
        original = RunningServices.startSeparate(BackupRestoreIT.class, "backup");
        JsonHttp secretariat = original.asSecretariat();
        List<MatchedProject> projects = Portfolio.matched(original, secretariat, 6);
        Consistency.Totals stored = new Consistency(original, secretariat).awaitConsistent(Duration.ofSeconds(60));
        Map<String, JsonNode> answers = answers(original, secretariat, projects);
        EventStoreDump dump;
        try (Connection database = original.commandDatabase()) {
            dump = EventStoreDump.of(database);
        }

        restored = RunningServices.startSeparate(BackupRestoreIT.class, "restored");
        restored.stopCommandService();
        try (Connection database = restored.commandDatabase()) {
            dump.restoreInto(database);
        }
        restored.restartCommandService();
        JsonHttp operator = restored.asSecretariat();
        JsonHttp.Response republished = operator.post(restored.command("/admin/republish"), "{\"fromGlobalIndex\":0}");
        JsonHttp.Response rebuild = operator.post(restored.query("/admin/rebuild"), "{}");
        JsonNode rebuilt = Await.until(Duration.ofMinutes(2), Duration.ofMillis(200),
                () -> operator.get(restored.query("/admin/rebuild")).json(), progress -> !progress.path("state").asText().equals("RUNNING"));

        assertThat(republished.status()).as(republished.body()).isEqualTo(200);
        assertThat(republished.json().get("republished").asLong()).isEqualTo(stored.events());
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        assertThat(rebuilt.path("state").asText()).as(rebuilt.toString()).isEqualTo("COMPLETED");
        assertThat(new Consistency(restored, operator).awaitConsistent(Duration.ofSeconds(60))).isEqualTo(stored);
        assertThat(answers(restored, operator, projects)).isEqualTo(answers);
    }

    /** What the query service answers for each project. */
    private static Map<String, JsonNode> answers(RunningServices stack, JsonHttp http, List<MatchedProject> projects) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (MatchedProject project : projects) {
            JsonHttp.Response answer = http.getUntil(stack.query("/api/projects/" + project.projectId()),
                    response -> response.status() == 200, Duration.ofSeconds(20));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answers.put(project.projectId(), answer.json());
        }
        return answers;
    }
}
