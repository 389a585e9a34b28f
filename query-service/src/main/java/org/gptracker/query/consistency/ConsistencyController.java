package org.gptracker.query.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gptracker.web.Problems;
import org.gptracker.web.ResponseExample;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;


@RestController
@Tag(name = "Operations", description = "For operators: is the read side sound?")
class ConsistencyController {

    private static final Logger log = LoggerFactory.getLogger(ConsistencyController.class);

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping("/admin/consistency")
    @Operation(summary = "Compare the read model with the event store",
            description = "Asks the command service for the event store's last sequence of every aggregate (with the "
                    + "caller's token) and lists each aggregate whose last applied sequence differs, by aggregate id; "
                    + "null where a side does not know the aggregate. Events still on their way show as the read model "
                    + "being behind.")
    @ApiResponse(responseCode = "200", description = "The comparison")
    @ResponseExample(status = "200", summary = "Consistent", value = """
            {"consistent":true,"checkedAt":"2024-01-05T10:00:00Z","aggregates":100055,"differences":[]}""")
    @ResponseExample(status = "200", summary = "One project's last event still on its way", value = """
            {"consistent":false,"checkedAt":"2024-01-05T10:00:00Z","aggregates":100055,
             "differences":[{"aggregateId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","aggregateType":"Project","store":7,"readModel":6}]}""")
    @ApiResponse(responseCode = "503", description = "The command service cannot be reached or gave no usable answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ConsistencyReport consistency(@Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return check.run(authorization);
    }

    @ExceptionHandler(CommandServiceUnavailableException.class)
    ResponseEntity<Object> commandServiceUnavailable(CommandServiceUnavailableException e) {
        log.warn("Consistency check failed: {} ({})", e.getMessage(), String.valueOf(e.getCause()));
        return Problems.unavailable(30, e.getMessage() + " The consistency check needs the event store's positions; try again shortly.");
    }
}
