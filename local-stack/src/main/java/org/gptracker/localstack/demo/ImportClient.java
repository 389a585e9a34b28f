package org.gptracker.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.LocalStackException;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/** Sends a file to {@code POST /api/imports} and follows its progress until it has finished. */
public final class ImportClient {

    private static final Duration POLL = Duration.ofMillis(500);

    private final CommandApi api;
    private final PrintStream out;

    /** Imports {@code file} into the stack at {@code commandBase} as the holder of {@code token}; true when it completed. */
    public static boolean importFile(URI commandBase, String token, String label, String contentType, byte[] file,
                                     PrintStream out) {
        JsonNode report = new ImportClient(new CommandApi(commandBase, commandBase, token), out).run(label, contentType, file);
        return report.path("errors").isEmpty();
    }

    ImportClient(CommandApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** The import's final report ({@code GET /api/imports/{id}}), printed as it goes. */
    JsonNode run(String label, String contentType, byte[] file) {
        CommandApi.Answer accepted = api.post("/api/imports", contentType, file);
        if (accepted.status() != 202 || accepted.body() == null || !accepted.body().hasNonNull("importId")) {
            throw new LocalStackException("The import of " + label + " was not accepted: HTTP " + accepted.status() + " "
                    + accepted.body());
        }
        String path = "/api/imports/" + accepted.body().get("importId").asText();
        JsonNode report;
        ProgressLine line = ProgressLine.on(out);
        while (true) {
            report = api.getCommand(path).body();
            String progress = "  %s: %d of %d rows, %d projects applied, %d unchanged, %d refused".formatted(label,
                    report.path("rowsDone").asLong(), report.path("rows").asLong(), report.path("projectsApplied").asLong(),
                    report.path("projectsUnchanged").asLong(), report.path("projectsRefused").asLong());
            line.show(progress);
            if (!"RUNNING".equals(report.path("state").asText())) {
                break;
            }
            pause();
        }
        line.finish();
        for (JsonNode error : report.path("errors")) {
            out.println("    line " + error.path("line").asText() + " (" + error.path("project").asText() + "): "
                    + error.path("reason").asText());
        }
        if (!"COMPLETED".equals(report.path("state").asText())) {
            throw new LocalStackException("The import of " + label + " ended " + report.path("state").asText() + ": " + report);
        }
        return report;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while following an import");
        }
    }
}
