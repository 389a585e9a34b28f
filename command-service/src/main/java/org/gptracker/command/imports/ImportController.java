package org.gptracker.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.security.Caller;
import org.gptracker.command.web.Problems;
import org.springframework.http.HttpHeaders;
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
                    + "are skipped. The import runs in the background; follow it at the answered Location.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", description = "lifecycle CSV, UTF-8, with a header row")),
                    @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string",
                            description = "an iati-activities document (IATI 2.03)"))}))
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the import")
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
    @ApiResponse(responseCode = "200", description = "The import's progress")
    @ApiResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Object> progress(@PathVariable("importId") String importId) {
        return Ids.uuid(importId).flatMap(imports::find).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                        "There is no import '" + importId + "'."), HttpHeaders.EMPTY));
    }

    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<Object> busy(ImportsBusyException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "60");
        return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", e.getMessage()), headers);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record ImportStarted(String importId) {
    }
}
