package org.gptracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = EventLogApi.TAG, description = EventLogApi.DESCRIPTION)
class PresidencyEventFeedController {

    private final EventLog eventLog;

    PresidencyEventFeedController(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** The parameters are taken as text so that every bad one is named in a single validation problem. */
    @GetMapping("/api/presidencies/{year}/events")
    @Operation(summary = "A presidency's replay feed",
            description = "Every event attributed to the presidency (its effective date falls in the presidency's window, "
                    + "and the presidency's own events), in effective order: effective date, recorded time, aggregate id, "
                    + "sequence. Paged by an opaque cursor: follow 'next' until it is null. An event back-dated behind a page "
                    + "already read takes its place there, so only a walk started after it was recorded sees it.")
    @ApiResponse(responseCode = "200", description = "One page of the feed; empty when no event of that presidency is known")
    @ApiResponse(responseCode = "400", description = "The year, size or cursor is invalid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    EventFeedPage events(
            @Parameter(description = "The presidency year", schema = @Schema(type = "integer", example = "2025"))
            @PathVariable String year,
            @Parameter(description = "The 'next' of the previous page; absent for the first page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "Events per page, 1 to " + FeedQuery.MAX_SIZE,
                    schema = @Schema(type = "integer", defaultValue = "" + FeedQuery.DEFAULT_SIZE, minimum = "1",
                            maximum = "" + FeedQuery.MAX_SIZE))
            @RequestParam(required = false) String size) {
        FeedQuery query = FeedQuery.of(year, size, cursor);
        return EventFeedPage.of(eventLog.ofPresidency(query.year(), query.after(), query.size() + 1), query.size());
    }
}
