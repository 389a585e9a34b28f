package org.gptracker.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.security.Caller;
import org.gptracker.web.Problems;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Bulk import of project histories: lifecycle CSV or IATI 2.03 activity XML (DESIGN §8)")
class ImportController {

    private static final String CSV = "text/csv";

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {CSV, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Import a file of project histories",
            description = "Each row (CSV) or activity and transaction (IATI) becomes the command a user would send, as the "
                    + "caller; each project's rows are applied together or not at all, and rows applied by an earlier import "
                    + "are skipped. A file that cannot be read, or whose CSV syntax is broken anywhere (a quote never closed, "
                    + "text after a closing quote), fails as a whole and applies nothing; its reason names every syntax error "
                    + "by line. The import runs in the background; follow it at the answered Location.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", description = "lifecycle CSV, UTF-8, with a header row")),
                    @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string",
                            description = "an iati-activities document (IATI 2.03)"))}))
    @RequestExample(name = "lifecycle-csv", summary = "A lifecycle CSV: Chornobyl proposed, Japan's offer accepted, funded",
            mediaType = CSV, value = """
            project,step,effectiveDate,title,description,recipients,area,priorities,amount,currency,donor,kind,offer,outcome,reason
            chornobyl,PROPOSE,2023-03-14,Rebuild physical protection at the Chornobyl site,,UA,NUCLEAR,UKRAINE,2500000.00,EUR,,,,,
            chornobyl,OFFER,2023-04-02,,,,,,1500000.00,EUR,JP,FUNDS,jp-1,,
            chornobyl,ACCEPT,2023-04-10,,,,,,,,,,jp-1,,
            chornobyl,COMMIT,2023-05-02,,,,,,1500000.00,EUR,JP,,,,
            chornobyl,DISBURSE,2023-06-01,,,,,,500000.00,EUR,JP,,,,
            """)
    @RequestExample(name = "iati-activities", summary = "IATI 2.03 activities, as GET /api/projects/export.iati.xml writes them",
            mediaType = MediaType.APPLICATION_XML_VALUE, value = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03" generated-datetime="2024-01-05T10:00:00Z">
              <iati-activity last-updated-datetime="2023-06-01T09:00:00Z" default-currency="EUR" xml:lang="en">
                <iati-identifier>XM-GPTRACKER-5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81</iati-identifier>
                <reporting-org ref="XM-GPTRACKER" type="40"><narrative>Global Partnership Against the Spread of Weapons and Materials of Mass Destruction</narrative></reporting-org>
                <title><narrative>Rebuild physical protection at the Chornobyl site</narrative></title>
                <description type="1"><narrative/></description>
                <participating-org role="1" ref="XM-GPTRACKER-MEMBER-JP" type="10"><narrative>Japan</narrative></participating-org>
                <participating-org role="4" ref="XM-GPTRACKER-STATE-UA" type="10"><narrative>Ukraine</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="2" iso-date="2023-03-14"/>
                <recipient-country code="UA" percentage="100.00"/>
                <sector vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/cbrn-area" code="NUCLEAR" percentage="100"><narrative>Nuclear</narrative></sector>
                <budget type="1" status="1">
                  <period-start iso-date="2023-03-14"/>
                  <period-end iso-date="2024-03-13"/>
                  <value currency="EUR" value-date="2023-03-14">2500000.00</value>
                </budget>
                <transaction ref="7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a">
                  <transaction-type code="2"/>
                  <transaction-date iso-date="2023-05-02"/>
                  <value currency="EUR" value-date="2023-05-02">1500000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-JP" type="10"><narrative>Japan</narrative></provider-org>
                </transaction>
              </iati-activity>
            </iati-activities>
            """)
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the import")
    @ResponseExample(status = "202", summary = "The import's id", value = """
            {"importId":"3c9a1f2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b"}""")
    @ApiResponse(responseCode = "413", description = "File larger than the import limit (gp.http.max-import-size, 50 MB)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Neither text/csv nor application/xml",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Too many imports running and waiting; try again later (Retry-After)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportStarted> start(HttpServletRequest request) throws IOException {
        ImportFormat format = MediaType.parseMediaType(request.getContentType()).getSubtype().equals("csv") ? ImportFormat.CSV
                : ImportFormat.IATI;
        String importId = imports.start(request.getInputStream(), format, Caller.current().subject());
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + importId)).body(new ImportStarted(importId));
    }

    @GetMapping("/{importId}")
    @Operation(summary = "Follow an import", description = "Its state, counts of rows and projects, and each row not applied with its line and reason.")
    @ApiResponse(responseCode = "200", description = "The import's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportView.class)))
    @ResponseExample(status = "200", summary = "Completed, one project refused", value = """
            {"importId":"3c9a1f2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b","state":"COMPLETED","format":"CSV","rows":6,"rowsDone":6,
             "projects":2,"projectsApplied":1,"projectsUnchanged":0,"projectsRefused":1,
             "errors":[{"line":7,"project":"benin-sources","reason":"DONOR_NOT_MEMBER: RU was not a member in good standing of the partnership on 2023-05-02."}],
             "errorCount":1,"startedAt":"2024-01-05T10:00:00Z","finishedAt":"2024-01-05T10:00:02Z"}""")
    @ApiResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Object> progress(@PathVariable("importId") String importId) {
        return Ids.uuid(importId).flatMap(imports::find).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                        "There is no import '" + importId + "'.")));
    }

    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<Object> busy(ImportsBusyException e) {
        return Problems.unavailable(60, e.getMessage());
    }

    record ImportStarted(String importId) {
    }
}
