package org.gptracker.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.project.ProjectFilterParameters;
import org.gptracker.web.ResponseExample;
import org.springdoc.core.annotations.ParameterObject;
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
    @ResponseExample(status = "200", mediaType = CsvExport.CONTENT_TYPE, summary = "One funded project", value = """
            projectId,title,status,statusLabel,outcome,area,areaLabel,recipients,recipientNames,priorities,requestedAmount,requestedCurrency,committed,disbursed,proposedOn,proposedPresidency,matchedOn,fundedOn,closedOn,iatiStatus
            5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81,Rebuild physical protection at the Chornobyl site,FUNDED,Funded,,NUCLEAR,Nuclear,UA,Ukraine,UKRAINE,2500000.00,EUR,JP 1500000.00 EUR,JP 500000.00 EUR,2023-03-14,2023,2023-04-10,2023-05-02,,2
            """)
    @ApiResponse(responseCode = "400", description = "Bad filter values, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void csv(@ParameterObject ProjectFilterParameters filters,
             @Parameter(description = "true: the file begins with a UTF-8 byte order mark, so that spreadsheets read it as UTF-8")
             @RequestParam(defaultValue = "false") boolean bom,
             HttpServletResponse response) throws IOException {
        csv.send(filters.checked(), "gp-projects.csv", bom, response);
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
    @ResponseExample(status = "200", mediaType = "application/xml", summary = "The Chornobyl project, funded by Japan", value = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03" generated-datetime="2024-01-05T10:00:00Z">
              <iati-activity last-updated-datetime="2023-06-01T09:14:03.512Z" default-currency="EUR" xml:lang="en">
                <iati-identifier>XM-GPTRACKER-5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81</iati-identifier>
                <reporting-org ref="XM-GPTRACKER" type="40"><narrative>Global Partnership Against the Spread of Weapons and Materials of Mass Destruction</narrative></reporting-org>
                <title><narrative>Rebuild physical protection at the Chornobyl site</narrative></title>
                <description type="1"><narrative>Perimeter intrusion detection, access control and a central alarm station.</narrative></description>
                <participating-org role="1" ref="XM-GPTRACKER-MEMBER-JP" type="10"><narrative>Japan</narrative></participating-org>
                <participating-org role="4" ref="XM-GPTRACKER-STATE-UA" type="10"><narrative>Ukraine</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="2" iso-date="2023-03-14"/>
                <recipient-country code="UA" percentage="100.00"/>
                <sector vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/cbrn-area" code="NUCLEAR" percentage="100"><narrative>Nuclear</narrative></sector>
                <tag vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/priority" code="UKRAINE"><narrative>Ukraine: reducing CBRN risks caused by Russia's war</narrative></tag>
                <budget type="1" status="1">
                  <period-start iso-date="2023-03-14"/>
                  <period-end iso-date="2024-03-13"/>
                  <value currency="EUR" value-date="2023-03-14">2500000.00</value>
                </budget>
                <transaction ref="0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b">
                  <transaction-type code="12"/>
                  <transaction-date iso-date="2023-04-02"/>
                  <value currency="EUR" value-date="2023-04-02">1500000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-JP" type="10"><narrative>Japan</narrative></provider-org>
                </transaction>
                <transaction ref="7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a">
                  <transaction-type code="2"/>
                  <transaction-date iso-date="2023-05-02"/>
                  <value currency="EUR" value-date="2023-05-02">1500000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-JP" type="10"><narrative>Japan</narrative></provider-org>
                </transaction>
              </iati-activity>
            </iati-activities>
            """)
    @ApiResponse(responseCode = "400", description = "Bad filter values, each listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No project matches: an IATI document holds at least one activity",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void iati(@ParameterObject ProjectFilterParameters filters, HttpServletResponse response) {
        iati.send(filters.checked(), response);
    }
}
