package org.gptracker.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.project.ProjectFilter;
import org.gptracker.query.web.QueryParameters;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** The project list's selection as files to download, whole: written as it is read, never held in memory. */
@RestController
@Tag(name = "Projects", description = "Projects as the read models see them")
@RequestMapping("/api/projects")
class ProjectExportController {

    private final CsvExport csv;
    private final IatiExport iati;

    ProjectExportController(CsvExport csv, IatiExport iati) {
        this.csv = csv;
        this.iati = iati;
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The projects a list would show, all of them, as CSV",
            description = "One row per project, in the list's order, with codes and readable labels (DESIGN §8): "
                    + "projectId,title,status,statusLabel,outcome,area,areaLabel,recipients,recipientNames,priorities,"
                    + "requestedAmount,requestedCurrency,committed,disbursed,proposedOn,proposedPresidency,matchedOn,"
                    + "fundedOn,closedOn,iatiStatus. The filters are the list's; with asOf each is read at that date.")
    @ApiResponse(responseCode = "200", description = "UTF-8, RFC 4180, a header row; only the header when nothing matches",
            content = @Content(mediaType = CsvExport.CONTENT_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Bad filter values, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void csv(@Parameter(description = "PROPOSED, MATCHED, FUNDED or CLOSED") @RequestParam(required = false) String status,
             @Parameter(description = "a presidency year: projects with any event in it") @RequestParam(required = false) String presidency,
             @Parameter(description = "CHEMICAL, BIOLOGICAL, RADIOLOGICAL, NUCLEAR or CROSS_CUTTING") @RequestParam(required = false) String area,
             @Parameter(description = "a member's code: projects it offered support or committed funding to") @RequestParam(required = false) String donor,
             @Parameter(description = "ISO 3166-1 alpha-2: projects it is a recipient of") @RequestParam(required = false) String recipient,
             @Parameter(description = "a priority code, e.g. BIOSECURITY_AFRICA") @RequestParam(required = false) String priority,
             @Parameter(description = "YYYY-MM-DD: the state at the end of that effective date") @RequestParam(required = false) String asOf,
             HttpServletResponse response) throws IOException {
        csv.send(filter(status, presidency, area, donor, recipient, priority, asOf), "gp-projects.csv", response);
    }

    @GetMapping("/export.iati.xml")
    @Operation(summary = "The projects a list would show, all of them, as IATI 2.03 activities",
            description = "One iati-activity per project, in the list's order, valid against the IATI 2.03 activity "
                    + "schema (DESIGN §8): activity status, participating organisations (1 Funding: partners, "
                    + "4 Implementing: recipient states), recipient countries, the CBRN area as a vocabulary-99 sector, "
                    + "priorities as tags, the requested budget, and transactions 12 pledge (accepted offers of funds), "
                    + "2 commitment and 3 disbursement. The filters are the list's; with asOf each is read at that date.")
    @ApiResponse(responseCode = "200", description = "An iati-activities document",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Bad filter values, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No project matches: an IATI document holds at least one activity",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void iati(@Parameter(description = "PROPOSED, MATCHED, FUNDED or CLOSED") @RequestParam(required = false) String status,
              @Parameter(description = "a presidency year: projects with any event in it") @RequestParam(required = false) String presidency,
              @Parameter(description = "CHEMICAL, BIOLOGICAL, RADIOLOGICAL, NUCLEAR or CROSS_CUTTING") @RequestParam(required = false) String area,
              @Parameter(description = "a member's code: projects it offered support or committed funding to") @RequestParam(required = false) String donor,
              @Parameter(description = "ISO 3166-1 alpha-2: projects it is a recipient of") @RequestParam(required = false) String recipient,
              @Parameter(description = "a priority code, e.g. BIOSECURITY_AFRICA") @RequestParam(required = false) String priority,
              @Parameter(description = "YYYY-MM-DD: the state at the end of that effective date") @RequestParam(required = false) String asOf,
              HttpServletResponse response) {
        iati.send(filter(status, presidency, area, donor, recipient, priority, asOf), response);
    }

    private static ProjectFilter filter(String status, String presidency, String area, String donor, String recipient,
                                        String priority, String asOf) {
        QueryParameters parameters = new QueryParameters();
        ProjectFilter filter = ProjectFilter.read(parameters, status, presidency, area, donor, recipient, priority, asOf);
        parameters.check();
        return filter;
    }
}
