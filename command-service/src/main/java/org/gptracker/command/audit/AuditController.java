package org.gptracker.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.web.Problems;
import org.gptracker.command.web.RequestMetadata;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Audit", description = "The audit trail proves itself: hash chains, digests, erasable actors (docs/audit.md)")
class AuditController {

    private final ChainVerifier verifier;
    private final Digests digests;
    private final Erasures erasures;
    private final RequestMetadata requestMetadata;

    AuditController(ChainVerifier verifier, Digests digests, Erasures erasures, RequestMetadata requestMetadata) {
        this.verifier = verifier;
        this.digests = digests;
        this.erasures = erasures;
        this.requestMetadata = requestMetadata;
    }

    @GetMapping(value = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recompute the hash chains from the event store (AUDITOR, SECRETARIAT)",
            description = "Every aggregate's chain, or one aggregate's: each event's hash recomputed from its content "
                    + "(HASH_MISMATCH), linked to its predecessor's (CHAIN_MISMATCH), no sequence missing (MISSING_EVENT), "
                    + "and every head the latest digest recorded still there (HEAD_MISSING), all in one snapshot. Breaks are "
                    + "sorted by aggregate id, sequence and reason (in that order of the reasons); the first 1000 are "
                    + "listed, breaksOmitted counts the rest.")
    @ApiResponse(responseCode = "200", description = "The verification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(example = """
                    {"verified":false,"events":1204,"aggregates":131,"checkedAt":"2026-12-07T04:00:00Z",
                     "breaks":[{"aggregateId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","aggregateType":"Project",
                                "sequence":2,"reason":"HASH_MISMATCH"}],"breaksOmitted":0}""")))
    Verification verify(@Parameter(description = "only this aggregate's chain")
                        @RequestParam(name = "aggregateId", required = false) String aggregateId) {
        return verifier.verify(aggregateId);
    }

    @PostMapping(value = "/api/audit/digests", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a digest of every chain head (SECRETARIAT)",
            description = "An RFC 9162 Merkle tree over every aggregate's chain head, leaves sorted by aggregate id "
                    + "(UTF-8 bytes), leaf data aggregateId + \"\\n\" + sequence + \"\\n\" + hash. Also published as "
                    + "gp.audit.DigestPublished.v1, and recorded once a day by the service itself.")
    @ApiResponse(responseCode = "201", description = "The digest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(example = """
                    {"digestId":"0b6f3c2e-6a43-4f1e-9d55-5e3b0f0c9a11",
                     "root":"9d4c6f0e3f0b1f5b7d1e6f8a2c4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e","treeSize":131,
                     "createdAt":"2026-12-07T04:00:00Z"}""")))
    ResponseEntity<Digests.Digest> record(HttpServletRequest request) {
        Map<String, String> metadata = requestMetadata.of(request);
        Digests.Digest digest = digests.record(metadata.get(CommandMetadata.ACTOR), metadata.get(CommandMetadata.CORRELATION_ID));
        return ResponseEntity.status(HttpStatus.CREATED).body(digest);
    }

    @GetMapping(value = "/api/audit/digests", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every digest recorded, oldest first (AUDITOR, SECRETARIAT)")
    @ApiResponse(responseCode = "200", description = "The digests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(example = """
                    {"digests":[{"digestId":"0b6f3c2e-6a43-4f1e-9d55-5e3b0f0c9a11",
                     "root":"9d4c6f0e3f0b1f5b7d1e6f8a2c4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e","treeSize":131,
                     "createdAt":"2026-12-07T00:00:00.011Z"}]}""")))
    Map<String, List<Digests.Digest>> digests() {
        return Map.of("digests", digests.all());
    }

    @GetMapping(value = "/api/audit/digests/{digestId}/proof", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The inclusion proof of an aggregate's head in a digest (AUDITOR, SECRETARIAT)",
            description = "Checkable by RFC 9162 §2.1.3.2 alone: the leaf hash is SHA-256(0x00 ‖ leaf data), the path "
                    + "runs from the leaf's sibling to the root's child (docs/audit.md has a script).")
    @ApiResponse(responseCode = "200", description = "The proof",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(example = """
                    {"digestId":"0b6f3c2e-6a43-4f1e-9d55-5e3b0f0c9a11",
                     "root":"9d4c6f0e3f0b1f5b7d1e6f8a2c4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e","treeSize":3,"leafIndex":1,
                     "leaf":{"aggregateId":"2024","sequence":3,
                             "hash":"5e8f0c2b7a1d4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7"},
                     "auditPath":["1f3a5c7e9b1d3f5a7c9e9d4c6f0e3f0b1f5b7d1e6f8a2c4b6d8e0f1a3c5e7b9d",
                                  "2c4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e9d4c6f0e3f0b1f5b7d1e6f8a"]}""")))
    @ApiResponse(responseCode = "404", description = "No such digest, or the aggregate is not in it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> proof(@PathVariable("digestId") String digestId,
                            @RequestParam(name = "aggregateId") String aggregateId) {
        UUID id;
        try {
            id = UUID.fromString(digestId);
        } catch (IllegalArgumentException e) {
            return notFound("No digest " + digestId + ".");
        }
        return digests.proof(id, aggregateId).<ResponseEntity<?>>map(proof -> ResponseEntity.ok(Map.of(
                        "digestId", proof.digestId(), "root", proof.root(), "treeSize", proof.treeSize(),
                        "leafIndex", proof.leafIndex(),
                        "leaf", Map.of("aggregateId", proof.leaf().aggregateId(), "sequence", proof.leaf().sequence(),
                                "hash", proof.leaf().hash()),
                        "auditPath", proof.auditPath())))
                .orElseGet(() -> notFound("Digest " + digestId + " holds no head of aggregate " + aggregateId + "."));
    }

    @DeleteMapping("/api/actors/{sub}")
    @Operation(summary = "Erase a person (SECRETARIAT)",
            description = "Deletes the mapping of the token subject to the pseudonymous actorRef its events carry. "
                    + "Afterwards the sub is nowhere in the event store, on new Kafka records or in the read models; "
                    + "every chain still verifies (docs/security.md). Published as gp.audit.ActorErased.v1, which tells the "
                    + "read models to forget the name.")
    @ApiResponse(responseCode = "204", description = "Erased", content = @Content)
    @ApiResponse(responseCode = "404", description = "No actor with this sub is known",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> erase(@PathVariable("sub") String sub, HttpServletRequest request) {
        Map<String, String> metadata = requestMetadata.of(request);
        return erasures.erase(sub, metadata.get(CommandMetadata.ACTOR), metadata.get(CommandMetadata.CORRELATION_ID)).<ResponseEntity<?>>map(ref -> ResponseEntity.noContent().build())
                .orElseGet(() -> notFound("No actor with this subject is known."));
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail));
    }
}
