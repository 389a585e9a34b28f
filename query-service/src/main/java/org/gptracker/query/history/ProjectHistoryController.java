package org.gptracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.query.web.NotFoundException;
import org.gptracker.web.ResponseExample;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = EventLogApi.TAG, description = EventLogApi.DESCRIPTION)
class ProjectHistoryController {

    private static final String PROJECT = EventCatalog.standard().of(ProjectProposed.class).aggregateType();

    private final EventLog eventLog;

    ProjectHistoryController(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @GetMapping("/api/projects/{id}/history")
    @Operation(summary = "A project's audit trail",
            description = "Every event of the project in sequence order, with its wire type, effective date, recorded time, "
                    + "presidency, actor, correlation id and payload as stored. An event recorded a moment ago may not be "
                    + "listed yet.")
    @ApiResponse(responseCode = "200", description = "The project's events")
    @ResponseExample(status = "200", summary = "Proposed, then funded by Japan (abridged)", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","events":[
              {"eventId":"4c1d2e3f-5a6b-4c7d-8e9f-000000000008","sequence":0,"type":"gp.project.ProjectProposed.v1",
               "effectiveDate":"2023-03-14","recordedAt":"2023-03-14T09:14:03.512Z","presidency":2023,"actor":"oksana",
               "correlationId":"2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a07",
               "data":{"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],
                       "area":"NUCLEAR","priorities":["UKRAINE"],"requestedBudget":{"amount":"2500000.00","currency":"EUR"},
                       "effectiveDate":"2023-03-14","presidencyYear":2023}},
              {"eventId":"4c1d2e3f-5a6b-4c7d-8e9f-000000000014","sequence":6,"type":"gp.project.FundingCommitted.v1",
               "effectiveDate":"2023-05-02","recordedAt":"2023-05-02T09:14:03.512Z","presidency":2023,"actor":"kenji",
               "correlationId":"2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a13",
               "data":{"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","commitmentId":"7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a","donor":"JP",
                       "amount":{"amount":"1500000.00","currency":"EUR"},"effectiveDate":"2023-05-02","presidencyYear":2023}}]}""")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No event of that project is known (yet)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectHistory history(@PathVariable UUID id) {
        List<LoggedEvent> events = eventLog.ofAggregate(PROJECT, id.toString());
        if (events.isEmpty()) {
            throw new NotFoundException("No event of project " + id
                    + " is known. A project proposed a moment ago may take a moment to appear.");
        }
        return ProjectHistory.of(id, events);
    }
}
