package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest's inclusion proof, checked as an outsider would: by the script of docs/audit.md (Python's standard
 * library and RFC 9162 §2.1.3.2, nothing of this service's code).
 */
class ProofCheckIT extends AuditTestBase {

    private static final Path GUIDE = Path.of("..", "docs", "audit.md");

    @Test
    void anOutsiderChecksAProofWithTheScriptOfTheAuditGuide() throws Exception {
        String projectId = projectWithFiveEvents();
        projectWithFiveEvents();
        JsonNode digest = recordDigest();

        JsonNode proof = proof(digest.get("digestId").asText(), projectId);

        assertThat(proof.get("leaf").get("sequence").asLong()).isEqualTo(4);
        assertThat(proof.get("leaf").get("hash").asText()).isEqualTo(metaData(projectId, 4, "hash"));
        assertThat(proof.get("root").asText()).isEqualTo(digest.get("root").asText());
        assertThat(check(digest.get("root").asText(), digest.get("treeSize").asInt(), proof)).isZero();
        String otherRoot = digest.get("root").asText().startsWith("0") ? "1" + digest.get("root").asText().substring(1)
                : "0" + digest.get("root").asText().substring(1);
        assertThat(check(otherRoot, digest.get("treeSize").asInt(), proof)).isNotZero();
    }

    @Test
    void proofsOfAnEarlierAndTheLatestDigestEachCheckAgainstTheirOwnRoot() throws Exception {
        String projectId = projectWithFiveEvents();
        JsonNode earlier = recordDigest();
        assertThat(post("/api/projects/" + projectId + "/revisions", "{\"title\":\"Physical protection, take 5\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode latest = recordDigest();

        JsonNode fromEarlier = proof(earlier.get("digestId").asText(), projectId);
        JsonNode fromLatest = proof(latest.get("digestId").asText(), projectId);
        JsonNode fromLatestAgain = proof(latest.get("digestId").asText(), projectId);

        assertThat(fromEarlier.get("leaf").get("sequence").asLong()).isEqualTo(4);
        assertThat(fromLatest.get("leaf").get("sequence").asLong()).isEqualTo(5);
        assertThat(check(earlier.get("root").asText(), earlier.get("treeSize").asInt(), fromEarlier)).isZero();
        assertThat(check(latest.get("root").asText(), latest.get("treeSize").asInt(), fromLatest)).isZero();
        assertThat(fromLatestAgain).isEqualTo(fromLatest);
        assertThat(check(latest.get("root").asText(), latest.get("treeSize").asInt(), fromEarlier)).isNotZero();
    }

    @Test
    void aDigestIsListedAndPublishedAsAnEvent() throws Exception {
        JsonNode digest = recordDigest();

        JsonNode listed = json.readTree(http.getForEntity("/api/audit/digests", String.class).getBody()).get("digests");

        assertThat(listed.findValuesAsText("digestId")).contains(digest.get("digestId").asText());
        assertThat(digest.get("treeSize").asInt()).isPositive();
        assertThat(jdbc.queryForObject("""
                select payload_type from events.domain_event_entry where aggregate_identifier = ?""",
                String.class, digest.get("digestId").asText())).isEqualTo("gp.audit.DigestPublished");
        assertThat(verify(digest.get("digestId").asText()).get("verified").asBoolean()).isTrue();
    }

    @Test
    void aProofForAnAggregateNotInTheDigestIsNotFound() throws Exception {
        JsonNode digest = recordDigest();

        ResponseEntity<String> response = http.getForEntity("/api/audit/digests/{id}/proof?aggregateId=nobody", String.class,
                digest.get("digestId").asText());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private JsonNode proof(String digestId, String aggregateId) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/audit/digests/{id}/proof?aggregateId={aggregate}", String.class,
                digestId, aggregateId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** Runs the guide's script as a separate process, the proof on its standard input; its exit code. */
    private int check(String root, int treeSize, JsonNode proof) throws Exception {
        String guide = Files.readString(GUIDE);
        String block = guide.substring(guide.indexOf("<!-- proof-check:start -->"), guide.indexOf("<!-- proof-check:end -->"));
        String script = block.substring(block.indexOf("```python") + "```python".length(), block.lastIndexOf("```"));
        Path file = Files.createTempFile("check-proof", ".py");
        Files.writeString(file, script);
        Process process = new ProcessBuilder("python3", file.toString(), root, Integer.toString(treeSize))
                .redirectErrorStream(true).start();
        process.getOutputStream().write(json.writeValueAsBytes(proof));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
        Files.delete(file);
        return process.exitValue();
    }
}
