package org.gptracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.web.ResponseExample;
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
    @ResponseExample(status = "200", summary = "A page of 2023, more to follow", value = """
            {"events":[
              {"eventId":"4c1d2e3f-5a6b-4c7d-8e9f-000000000001","aggregateType":"Presidency","aggregateId":"2023","sequence":0,
               "type":"gp.presidency.PresidencyOpened.v1","effectiveDate":"2023-01-01","recordedAt":"2023-01-01T09:14:03.512Z",
               "presidency":2023,"actor":"secretariat","correlationId":"2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a00",
               "data":{"year":2023,"chair":"JP","startsOn":"2023-01-01","endsOn":"2023-12-31",
                       "priorities":[{"code":"UKRAINE","title":"Ukraine: reducing CBRN risks caused by Russia's war"}],
                       "effectiveDate":"2023-01-01","presidencyYear":2023}},
              {"eventId":"4c1d2e3f-5a6b-4c7d-8e9f-000000000008","aggregateType":"Project","aggregateId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","sequence":0,
               "type":"gp.project.ProjectProposed.v1","effectiveDate":"2023-03-14","recordedAt":"2023-03-14T09:14:03.512Z",
               "presidency":2023,"actor":"oksana","correlationId":"2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a07",
               "data":{"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],
                       "area":"NUCLEAR","requestedBudget":{"amount":"2500000.00","currency":"EUR"},
                       "effectiveDate":"2023-03-14","presidencyYear":2023}}],
             "next":"eyJ5IjoyMDIzLCJlIjoiMjAyMy0wMy0xNCJ9"}""")
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
