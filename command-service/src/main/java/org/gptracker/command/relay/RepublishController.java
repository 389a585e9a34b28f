package org.gptracker.command.relay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.command.relay.Republisher.Republished;
import org.gptracker.web.Problems;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration", description = "Operators' tools over the event store (SECRETARIAT or AUDITOR)")
class RepublishController {

    private static final Logger log = LoggerFactory.getLogger(RepublishController.class);

    private final Republisher republisher;

    RepublishController(Republisher republisher) {
        this.republisher = republisher;
    }

    @PostMapping("/admin/republish")
    @Operation(summary = "Send stored events to Kafka again",
            description = "Re-sends every stored event with a global index of at least fromGlobalIndex (default 0) up to the "
                    + "store's head when the call started, exactly as the relay sends them (same envelope, key and topic), "
                    + "page by page, each page acknowledged by Kafka before the next is read. Consumers deduplicate by "
                    + "(aggregate id, sequence), so repeats are harmless. Answers when done; toGlobalIndex is the highest "
                    + "global index sent, null when there was nothing to send.")
    @RequestExample(name = "from-start", summary = "Everything, from the first stored event", value = """
            {"fromGlobalIndex":0}""")
    @ApiResponse(responseCode = "200", description = "Every event in the range was acknowledged by Kafka")
    @ResponseExample(status = "200", summary = "Sent again", value = """
            {"fromGlobalIndex":0,"toGlobalIndex":1048575,"republished":1048576}""")
    @ApiResponse(responseCode = "400", description = "fromGlobalIndex is negative or not an integer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Another republish is running (code REPUBLISH_RUNNING)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "REPUBLISH_RUNNING",
                    ref = "#/components/examples/REPUBLISH_RUNNING")),
            extensions = @Extension(properties = @ExtensionProperty(name = "x-refusal-codes", value = "[\"REPUBLISH_RUNNING\"]",
                    parseValue = true)))
    @ApiResponse(responseCode = "503", description = "The event store or Kafka is unreachable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Republished republish(@RequestBody(required = false) RepublishRequest body) {
        long from = body == null ? 0 : body.validFromGlobalIndex();
        return republisher.republish(from);
    }

    @GetMapping("/admin/republish")
    @Operation(summary = "Whether a republish is running in this instance")
    @ApiResponse(responseCode = "200", description = "{\"running\": true|false}")
    @ResponseExample(status = "200", summary = "Idle", value = """
            {"running":false}""")
    RepublishState state() {
        return new RepublishState(republisher.running());
    }

    @ExceptionHandler(RepublishRunningException.class)
    ResponseEntity<Object> running(RepublishRunningException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "refused", "Republish already running", e.getMessage());
        problem.setProperty("code", "REPUBLISH_RUNNING");
        return Problems.respond(problem);
    }

    /** Kafka did not acknowledge a page in time; asking again from the same index is safe (repeats are absorbed downstream). */
    @ExceptionHandler(RelayFailedException.class)
    ResponseEntity<Object> kafkaUnavailable(RelayFailedException e) {
        log.warn("republish stopped: {}", e.getMessage());
        return Problems.unavailable(30, "Kafka did not acknowledge the republished events; ask again shortly.");
    }

    record RepublishState(boolean running) {
    }
}
