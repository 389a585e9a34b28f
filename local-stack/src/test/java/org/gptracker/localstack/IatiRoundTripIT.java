package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.demo.DemoLoader;
import org.gptracker.localstack.demo.ImportClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GP Tracker → IATI → GP Tracker loses nothing: the demo's 2023 export, imported into an empty stack that holds
 * only the reference data, exports the same activities and gives the same presidency report.
 */
class IatiRoundTripIT {

    private static RunningServices demo;
    private static RunningServices empty;
    private static String exported;
    private static String importLog;

    @BeforeAll
    static void exportTheDemoAndImportItIntoAnEmptyStack() {
        demo = RunningServices.startSeparate(IatiRoundTripIT.class, "iati_demo");
        new DemoLoader(demo.command("/"), demo.query("/"), demo.token("it-demo", null, "SECRETARIAT"), quiet()).load();
        exported = iati(demo);

        empty = RunningServices.startSeparate(IatiRoundTripIT.class, "iati_empty");
        String token = empty.token("it-import", null, "SECRETARIAT");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        new DemoLoader(empty.command("/"), empty.query("/"), token, out).loadReferenceData();
        boolean clean = ImportClient.importFile(empty.command("/"), token, "2023.iati.xml", "application/xml",
                exported.getBytes(StandardCharsets.UTF_8), out);
        importLog = printed.toString(StandardCharsets.UTF_8);
        assertThat(clean).as(importLog).isTrue();
    }

    @AfterAll
    static void stopServices() {
        for (RunningServices stack : new RunningServices[]{empty, demo}) {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    void theImportedActivitiesExportAsTheyWereExported() throws InterruptedException {
        int activities = exported.split("<iati-activity ").length - 1;
        assertThat(activities).isGreaterThanOrEqualTo(319);

        String again = awaitActivities(empty, activities);

        assertThat(withoutTimestamps(again)).isEqualTo(withoutTimestamps(exported));
    }

    @Test
    void theImportedPresidencyReportsAsTheOriginalDoes() throws InterruptedException {
        awaitActivities(empty, exported.split("<iati-activity ").length - 1);
        JsonNode original = presidency(demo);

        assertThat(presidency(empty)).as(importLog).isEqualTo(original);
        assertThat(original.at("/counts/closedByOutcome/WITHDRAWN").asLong()).as("withdrawn projects in 2023").isPositive();
    }

    private static JsonNode presidency(RunningServices stack) {
        return new JsonHttp(stack.token("it-report", null, "VIEWER")).get(stack.query("/api/presidencies/2023")).json();
    }

    private static String iati(RunningServices stack) {
        JsonHttp.Response response = new JsonHttp(stack.token("it-export", null, "VIEWER"))
                .get(stack.query("/api/projects/export.iati.xml?presidency=2023"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The stack's export once its read models hold every imported activity and its last step. */
    private static String awaitActivities(RunningServices stack, int activities) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String previous = null;
        while (System.nanoTime() < deadline) {
            String current = iati(stack);
            if (current.split("<iati-activity ").length - 1 == activities && withoutTimestamps(current).equals(previous)) {
                return current;
            }
            previous = withoutTimestamps(current);
            Thread.sleep(1000);
        }
        return iati(stack);
    }

    /** When the file was made and when each activity last changed differ between stacks by nature. */
    private static String withoutTimestamps(String xml) {
        return xml == null ? null : xml.replaceAll("(generated|last-updated)-datetime=\"[^\"]*\"", "");
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
