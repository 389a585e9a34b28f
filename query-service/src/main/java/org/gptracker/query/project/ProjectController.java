package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.query.web.NotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Projects", description = "Projects as the read models see them")
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectRepository projects;

    ProjectController(ProjectRepository projects) {
        this.projects = projects;
    }

    /** The project as the read model knows it: a project proposed a moment ago may not be visible yet. */
    @GetMapping("/{id}")
    @Operation(summary = "A project as it stands now",
            description = "Status, recipients, area, priorities, budget, partners, offers, money committed and disbursed, "
                    + "milestones with their presidency, and version (the last applied sequence).")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such project (yet)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectView project(@PathVariable UUID id) {
        return projects.find(id).map(ProjectView::of).orElseThrow(() -> new NotFoundException(
                "No project with id " + id + " is known. A project proposed a moment ago may take a moment to appear."));
    }
}
