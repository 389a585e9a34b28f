package org.gptracker.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.presidency.KnownPresidencies;
import org.gptracker.query.project.ProjectFilter;
import org.gptracker.query.web.NotFoundException;
import org.gptracker.query.web.QueryParameters;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;

@RestController
@Tag(name = "Presidencies", description = "What happened under each rotating presidency")
class PresidencyExportController {

    private final CsvExport csv;
    private final KnownPresidencies presidencies;

    PresidencyExportController(CsvExport csv, KnownPresidencies presidencies) {
        this.csv = csv;
        this.presidencies = presidencies;
    }

    @GetMapping("/api/presidencies/{year}/export.csv")
    @Operation(summary = "The projects with any event in a presidency, all of them, as CSV",
            description = "The rows of GET /api/projects/export.csv?presidency={year}, for a presidency that exists.")
    @ApiResponse(responseCode = "200", description = "UTF-8, RFC 4180, a header row",
            content = @Content(mediaType = CsvExport.CONTENT_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The year is not an integer, or asOf not a date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such presidency, or not opened by asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void csv(@PathVariable int year,
             @Parameter(description = "YYYY-MM-DD: as it stood at the end of that effective date") @RequestParam(required = false) String asOf,
             HttpServletResponse response) throws IOException {
        QueryParameters parameters = new QueryParameters();
        LocalDate date = parameters.date("asOf", asOf);
        parameters.check();
        if (!presidencies.exists(year, date)) {
            throw new NotFoundException("No presidency of " + year + " is known" + (date == null ? "." : " by the end of " + date + "."));
        }
        csv.send(ProjectFilter.inPresidency(year, date), "gp-presidency-" + year + "-projects.csv", response);
    }
}
