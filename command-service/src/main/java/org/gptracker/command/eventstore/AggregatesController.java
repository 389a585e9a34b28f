package org.gptracker.command.eventstore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
@Tag(name = "Administration", description = "Operators' tools over the event store (SECRETARIAT or AUDITOR)")
class AggregatesController {

    private final AggregatePositions positions;

    AggregatesController(AggregatePositions positions) {
        this.positions = positions;
    }

    @GetMapping("/admin/aggregates")
    @Operation(summary = "Every aggregate's last stored sequence",
            description = "What the event store holds per aggregate, ordered by aggregateId (byte order), for the query "
                    + "side's consistency check: {\"aggregates\":[{\"aggregateId\",\"aggregateType\",\"lastSequence\"}]}. "
                    + "Streamed from one snapshot of the store.")
    @ApiResponse(responseCode = "200", description = "The aggregates, by aggregateId",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(example = """
                    {"aggregates":[{"aggregateId":"2024","aggregateType":"Presidency","lastSequence":3},
                     {"aggregateId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","aggregateType":"Project","lastSequence":4},
                     {"aggregateId":"JP","aggregateType":"Membership","lastSequence":0}]}""")))
    @ApiResponse(responseCode = "503", description = "The event store is unreachable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    void aggregates(@Parameter(description = "only aggregates of this type: Project, Presidency or Membership")
                    @RequestParam(name = "type", required = false) String type,
                    HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        positions.write(type, response.getOutputStream());
    }
}
