package org.gptracker.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.query.web.NotFoundException;
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
