package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.query.web.NotFoundException;
import org.gptracker.query.web.QueryParameters;
import org.gptracker.web.ResponseExample;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Projects", description = "Projects as the read models see them")
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectQueries projects;

    ProjectController(ProjectQueries projects) {
        this.projects = projects;
    }

    /** The project as the read model knows it: a project proposed a moment ago may not be visible yet. */
    @GetMapping("/{id}")
    @Operation(summary = "A project as it stands now, or as it stood at the end of a date",
            description = "Status, recipients, area, priorities, budget, partners, offers, money committed and disbursed "
                    + "per donor and currency, milestones with their presidency, and version (the last applied sequence). "
                    + "With asOf only what had taken effect by the end of that date counts; the proposal's fields are "
                    + "as they stand now.")
    @ApiResponse(responseCode = "200", description = "The project")
    @ResponseExample(status = "200", summary = "Chornobyl, funded by Japan", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","title":"Rebuild physical protection at the Chornobyl site",
             "description":"Perimeter intrusion detection, access control and a central alarm station for the spent-fuel facilities in the exclusion zone.",
             "recipients":["UA"],"area":"NUCLEAR","priorities":["UKRAINE"],"expertiseNeeded":["PHYSICAL_PROTECTION"],"status":"FUNDED",
             "requestedBudget":{"amount":"2500000.00","currency":"EUR"},"partners":["JP"],
             "offers":[{"offerId":"0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b","donor":"JP","kind":"FUNDS","state":"ACCEPTED","amount":{"amount":"1500000.00","currency":"EUR"}},
                       {"offerId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","donor":"CA","kind":"EXPERTISE","state":"WITHDRAWN"}],
             "committed":[{"donor":"JP","amount":{"amount":"1500000.00","currency":"EUR"}}],
             "disbursed":[{"donor":"JP","amount":{"amount":"500000.00","currency":"EUR"}}],
             "milestones":{"proposed":{"date":"2023-03-14","presidency":2023},"matched":{"date":"2023-04-10","presidency":2023},"funded":{"date":"2023-05-02","presidency":2023}},"version":6}""")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID, or asOf not a date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such project (yet), or not proposed by asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectView project(@PathVariable UUID id,
                        @Parameter(description = "YYYY-MM-DD: the state at the end of that effective date")
                        @RequestParam(required = false) String asOf) {
        QueryParameters parameters = new QueryParameters();
        LocalDate date = parameters.date("asOf", asOf);
        parameters.check();
        return projects.find(id, date).orElseThrow(() -> new NotFoundException(date == null
                ? "No project with id " + id + " is known. A project proposed a moment ago may take a moment to appear."
                : "No project with id " + id + " had been proposed by the end of " + date + "."));
    }

    @GetMapping
    @Operation(summary = "Projects, filtered, a page at a time",
            description = "Every filter is optional; together they all must hold. Sorted by proposal date, then id. "
                    + "With asOf each filter is read as it stood at the end of that date, and only projects proposed by "
                    + "then are listed.")
    @ApiResponse(responseCode = "200", description = "A page of project summaries")
    @ResponseExample(status = "200", summary = "FUNDED projects of the 2023 presidency with Japan as donor", value = """
            {"content":[{"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
              "priorities":["UKRAINE"],"status":"FUNDED","requestedBudget":{"amount":"2500000.00","currency":"EUR"},
              "milestones":{"proposed":{"date":"2023-03-14","presidency":2023},"matched":{"date":"2023-04-10","presidency":2023},"funded":{"date":"2023-05-02","presidency":2023}},"version":6}],
             "page":0,"size":20,"totalElements":1}""")
    @ApiResponse(responseCode = "400", description = "Bad filter or paging values, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectPage list(@ParameterObject ProjectFilterParameters filters, @ParameterObject PageParameters page) {
        QueryParameters parameters = new QueryParameters();
        ProjectFilter filter = filters.read(parameters);
        Paging paging = Paging.of(parameters, page.page(), page.size());
        parameters.check();
        return projects.list(filter, paging.page(), paging.size());
    }
}
