package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.query.presidency.KnownPresidencies;
import org.gptracker.query.web.NotFoundException;
import org.gptracker.query.web.QueryParameters;
import org.gptracker.web.ResponseExample;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The projects of a presidency: a project list, so it lives with the projects. */
@RestController
@Tag(name = "Presidencies", description = "What happened under each rotating presidency")
class PresidencyProjectsController {

    private final ProjectQueries projects;
    private final KnownPresidencies presidencies;

    PresidencyProjectsController(ProjectQueries projects, KnownPresidencies presidencies) {
        this.projects = projects;
        this.presidencies = presidencies;
    }

    @GetMapping("/api/presidencies/{year}/projects")
    @Operation(summary = "Projects with any event in a presidency, a page at a time",
            description = "The same summaries and order as GET /api/projects?presidency={year}.")
    @ApiResponse(responseCode = "200", description = "A page of project summaries")
    @ResponseExample(status = "200", summary = "The first page of 2023", value = """
            {"content":[{"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
              "priorities":["UKRAINE"],"status":"FUNDED","requestedBudget":{"amount":"2500000.00","currency":"EUR"},
              "milestones":{"proposed":{"date":"2023-03-14","presidency":2023},"matched":{"date":"2023-04-10","presidency":2023},"funded":{"date":"2023-05-02","presidency":2023}},"version":6}],
             "page":0,"size":20,"totalElements":412}""")
    @ApiResponse(responseCode = "400", description = "Bad paging values or asOf, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such presidency, or not opened by asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectPage projects(@PathVariable int year,
                         @Parameter(description = "YYYY-MM-DD: as it stood at the end of that effective date") @RequestParam(required = false) String asOf,
                         @Parameter(description = "0-based page number, default 0") @RequestParam(required = false) String page,
                         @Parameter(description = "page size, 1 to 200, default 20") @RequestParam(required = false) String size) {
        QueryParameters parameters = new QueryParameters();
        LocalDate date = parameters.date("asOf", asOf);
        Paging paging = Paging.of(parameters, page, size);
        parameters.check();
        if (!presidencies.exists(year, date)) {
            throw new NotFoundException("No presidency of " + year + " is known" + (date == null ? "." : " by the end of " + date + "."));
        }
        return projects.list(ProjectFilter.inPresidency(year, date), paging.page(), paging.size());
    }
}
