package org.gptracker.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.web.ResponseExample;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/admin/rebuild")
@Tag(name = "Operations", description = "For operators: is the read side sound?")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild every read model from the start of the event log, while the current ones keep serving",
            description = "Answers 202 at once with the progress; GET shows it from then on. The fresh tables replace the "
                    + "current ones atomically once they have caught up and hold every aggregate's history as far as the event "
                    + "store does (asked of the command service with the caller's credentials); a rebuild short of history ends "
                    + "FAILED naming the aggregates, unless force=true. A failed rebuild leaves the current ones serving. "
                    + "SECRETARIAT or AUDITOR.")
    @PostMapping
    @ApiResponse(responseCode = "202", description = "Started; Location is /admin/rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RebuildProgress.class)))
    @ResponseExample(status = "202", summary = "Started", value = """
            {"state":"RUNNING","startedAt":"2024-01-05T10:00:00Z","applied":0,"duplicates":0,"unreadable":0,"setAside":0,
             "eventsPerSecond":0,"switchAttempts":0,"gaps":[]}""")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running, on this instance or another sharing the read models")
    ResponseEntity<RebuildProgress> start(
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "Switch even when the rebuilt read models hold less of some aggregate's history than the "
                    + "event store (the event log lost records); without it such a rebuild ends FAILED")
            @RequestParam(defaultValue = "false") boolean force) {
        return ResponseEntity.accepted().location(URI.create("/admin/rebuild")).body(rebuild.start(authorization, force));
    }

    @Operation(summary = "Progress of the current or last rebuild", description = "SECRETARIAT or AUDITOR.")
    @GetMapping
    @ApiResponse(responseCode = "200", description = "The progress")
    @ResponseExample(status = "200", summary = "Running", value = """
            {"state":"RUNNING","startedAt":"2024-01-05T10:00:00Z","applied":412000,"duplicates":0,"unreadable":0,"setAside":0,
             "eventsPerSecond":18500,"lag":588000,"estimatedSecondsLeft":32,"switchAttempts":0,"gaps":[]}""")
    @ResponseExample(status = "200", summary = "Completed", value = """
            {"state":"COMPLETED","startedAt":"2024-01-05T10:00:00Z","finishedAt":"2024-01-05T10:00:55Z","applied":1000000,
             "duplicates":0,"unreadable":0,"setAside":0,"eventsPerSecond":18200,"lag":0,"switchAttempts":1,"gaps":[]}""")
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
