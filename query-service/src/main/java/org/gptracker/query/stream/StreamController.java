package org.gptracker.query.stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.web.QueryParameters;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
@Tag(name = "Live stream", description = "Server-sent events of every event the read models apply, for dashboards")
class StreamController {

    private final StreamHub hub;

    StreamController(StreamHub hub) {
        this.hub = hub;
    }

    /** The parameters are taken as text so that every bad one is named in a single validation problem. */
    @GetMapping("/api/stream")
    @Operation(summary = "The live stream",
            description = "A text/event-stream of every event the live projection applies, once its transaction has "
                    + "committed: 'id' (the stream position, to send back as Last-Event-ID), 'event: gp-event' and 'data' "
                    + "{eventId, type, aggregateType, aggregateId, projectId, presidency, status (the project's after the "
                    + "event), effectiveDate, recordedAt, correlationId}; a ': heartbeat' comment every gp.stream.heartbeat. "
                    + "With Last-Event-ID (header, or lastEventId) the events after that one come first, none missed, none "
                    + "twice. A client that does not read fast enough is disconnected and resumes the same way.")
    @ApiResponse(responseCode = "200", description = "The stream; it stays open",
            content = @Content(mediaType = "text/event-stream"))
    @ApiResponse(responseCode = "400", description = "A bad presidency, project or Last-Event-ID",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void stream(
            @Parameter(description = "Only events stamped with this presidency", schema = @Schema(type = "integer", example = "2025"))
            @RequestParam(required = false) String presidency,
            @Parameter(description = "Only events of this project (its id)")
            @RequestParam(required = false) String project,
            @Parameter(description = "The id of the last event received, for clients that cannot set Last-Event-ID")
            @RequestParam(required = false) String lastEventId,
            @Parameter(description = "The id of the last event received; a reconnecting EventSource sends it")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryParameters parameters = new QueryParameters();
        StreamFilter filter = StreamFilter.of(parameters, presidency, project);
        // a reconnecting EventSource sends the header with its latest id, and the URL it first used
        StreamPosition resumeAfter = lastEventIdHeader != null
                ? parameters.parsed("Last-Event-ID", lastEventIdHeader, StreamPosition::parse)
                : parameters.parsed("lastEventId", lastEventId, StreamPosition::parse);
        parameters.check();
        hub.connect(request, response, filter, resumeAfter);
    }
}
