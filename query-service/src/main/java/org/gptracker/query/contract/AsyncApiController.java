package org.gptracker.query.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.web.ResponseExample;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The event contract for consumers of gp.events, as shipped by shared-events (open, like the OpenAPI document). */
@RestController
@Tag(name = "Contracts", description = "The machine-readable contracts: the AsyncAPI document of the Kafka topics "
        + "(this OpenAPI document is at /v3/api-docs)")
class AsyncApiController {

    static final String YAML = "application/yaml";
    private static final Resource DOCUMENT = new ClassPathResource("gp/asyncapi.yaml");

    @GetMapping(path = "/asyncapi.yaml", produces = YAML)
    @SecurityRequirements
    @Operation(summary = "The AsyncAPI 3.0 document of gp.events and gp.events.DLT",
            description = "The CloudEvents envelope, one message per event type with its JSON Schema and an example, the "
                    + "Kafka bindings (key, partitions, consumer group) and the dead-letter headers. Needs no token.")
    @ApiResponse(responseCode = "200", description = "The document, YAML",
            content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
    @ResponseExample(status = "200", mediaType = YAML, summary = "The start of the document", value = """
            asyncapi: 3.0.0
            info:
              title: GP Tracker events
              version: 1.0.0
            channels:
              events:
                address: gp.events
            """)
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(YAML))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(DOCUMENT);
    }
}
