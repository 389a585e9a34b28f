package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gptracker.command.web.RequestContext;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "The project lifecycle, from proposal to closure")
class ProjectController {

    private final CommandGateway commands;
    private final Clock clock;

    ProjectController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Propose a project", description = "Records ProjectProposed; answers the new project's id.")
    @ApiResponse(responseCode = "201", description = "Proposed; Location names the project")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; every bad field is named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused by a domain rule; see code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body larger than 1 MB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The event store is unreachable; nothing was stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProjectCreated> propose(@RequestBody ProposeProjectRequest body, HttpServletRequest request) {
        String projectId = UUID.randomUUID().toString();
        ProposeProject command = body.toCommand(projectId, clock);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(RequestContext.metadata(request)));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId)).body(new ProjectCreated(projectId));
    }

    record ProjectCreated(String projectId) {
    }
}
