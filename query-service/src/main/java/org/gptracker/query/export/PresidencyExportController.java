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
import org.gptracker.web.ResponseExample;
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
    @ResponseExample(status = "200", mediaType = CsvExport.CONTENT_TYPE, summary = "A project funded in 2023", value = """
            projectId,title,status,statusLabel,outcome,area,areaLabel,recipients,recipientNames,priorities,requestedAmount,requestedCurrency,committed,disbursed,proposedOn,proposedPresidency,matchedOn,fundedOn,closedOn,iatiStatus
            5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81,Rebuild physical protection at the Chornobyl site,FUNDED,Funded,,NUCLEAR,Nuclear,UA,Ukraine,UKRAINE,2500000.00,EUR,JP 1500000.00 EUR,JP 500000.00 EUR,2023-03-14,2023,2023-04-10,2023-05-02,,2
            """)
    @ApiResponse(responseCode = "400", description = "The year is not an integer, or asOf not a date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such presidency, or not opened by asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void csv(@PathVariable int year,
             @Parameter(description = "YYYY-MM-DD: as it stood at the end of that effective date") @RequestParam(required = false) String asOf,
             @Parameter(description = "true: the file begins with a UTF-8 byte order mark, so that spreadsheets read it as UTF-8")
             @RequestParam(defaultValue = "false") boolean bom,
             HttpServletResponse response) throws IOException {
        QueryParameters parameters = new QueryParameters();
        LocalDate date = parameters.date("asOf", asOf);
        parameters.check();
        if (!presidencies.exists(year, date)) {
            throw new NotFoundException("No presidency of " + year + " is known" + (date == null ? "." : " by the end of " + date + "."));
        }
        csv.send(ProjectFilter.inPresidency(year, date), "gp-presidency-" + year + "-projects.csv", bom, response);
    }
}
