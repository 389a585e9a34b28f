package org.gptracker.query.presidency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.query.web.NotFoundException;
import org.gptracker.query.web.QueryParameters;
import org.gptracker.web.ResponseExample;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "Presidencies", description = "What happened under each rotating presidency")
@RequestMapping("/api/presidencies")
class PresidencyController {

    private final PresidencyReport report;

    PresidencyController(PresidencyReport report) {
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "Every presidency with its chair, window and headline counts",
            description = "Counts are projects whose milestone (proposed, matched, funded, closed) took effect within the window.")
    @ApiResponse(responseCode = "200", description = "Every presidency, by year")
    @ResponseExample(status = "200", summary = "Japan 2023 and Italy 2024 (abridged)", value = """
            {"presidencies":[
              {"year":2023,"chair":"JP","chairs":[{"chair":"JP","since":"2023-01-01"}],"startsOn":"2023-01-01","endsOn":"2023-12-31",
               "closedOn":"2023-12-31","counts":{"proposed":412,"matched":340,"funded":319,"closed":57}},
              {"year":2024,"chair":"IT","chairs":[{"chair":"IT","since":"2024-01-01"}],"startsOn":"2024-01-01","endsOn":"2024-12-31",
               "counts":{"proposed":287,"matched":231,"funded":204,"closed":96}}]}""")
    PresidencyList all() {
        return new PresidencyList(report.all());
    }

    @GetMapping("/{year}")
    @Operation(summary = "A presidency's record, now or as it stood at the end of a date",
            description = "Chair, window and priorities; projects proposed, matched, funded and closed (by outcome) within "
                    + "the window, carried in (open at its start) and open at its end; distinct recipient states, projects by "
                    + "area and by priority among those with any event in it; commitments and disbursements within the window "
                    + "per donor and currency. With asOf only what had taken effect by the end of that date counts.")
    @ApiResponse(responseCode = "200", description = "The presidency's record")
    @ResponseExample(status = "200", summary = "Japan's 2023 presidency", value = """
            {"year":2023,"chair":"JP","chairs":[{"chair":"JP","since":"2023-01-01"}],"startsOn":"2023-01-01","endsOn":"2023-12-31",
             "closedOn":"2023-12-31","successorYear":2024,
             "priorities":[{"code":"UNSCR_1540_INDO_PACIFIC","title":"UNSCR 1540 implementation in the Indo-Pacific"},
                           {"code":"UKRAINE","title":"Ukraine: reducing CBRN risks caused by Russia's war"},
                           {"code":"BIOSECURITY_AFRICA","title":"Biosecurity in Africa"}],
             "counts":{"proposed":412,"matched":340,"funded":319,"closed":57,"carriedIn":88,"openAtEnd":443,
                       "closedByOutcome":{"COMPLETED":49,"CANCELLED":6,"WITHDRAWN":2}},
             "recipientStates":96,
             "byArea":{"CHEMICAL":61,"BIOLOGICAL":142,"RADIOLOGICAL":58,"NUCLEAR":97,"CROSS_CUTTING":54},
             "byPriority":{"UNSCR_1540_INDO_PACIFIC":37,"UKRAINE":88,"BIOSECURITY_AFRICA":121},
             "commitments":[{"donor":"CA","amount":{"amount":"31500000.00","currency":"CAD"}},
                            {"donor":"JP","amount":{"amount":"48000000.00","currency":"EUR"}}],
             "disbursements":[{"donor":"CA","amount":{"amount":"12000000.00","currency":"CAD"}},
                              {"donor":"JP","amount":{"amount":"19500000.00","currency":"EUR"}}]}""")
    @ApiResponse(responseCode = "400", description = "The year is not an integer, or asOf not a date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such presidency, or not opened by asOf",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PresidencyView presidency(@PathVariable int year,
                              @Parameter(description = "YYYY-MM-DD: the record at the end of that effective date")
                              @RequestParam(required = false) String asOf) {
        QueryParameters parameters = new QueryParameters();
        LocalDate date = parameters.date("asOf", asOf);
        parameters.check();
        return report.find(year, date).orElseThrow(() -> new NotFoundException(date == null
                ? "No presidency of " + year + " is known."
                : "No presidency of " + year + " had been opened by the end of " + date + "."));
    }
}
