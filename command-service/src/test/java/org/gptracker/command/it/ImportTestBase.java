package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends files to {@code POST /api/imports} and waits for them to finish. Donors FR, DE and ES are admitted only by import tests. */
abstract class ImportTestBase extends ProjectTestBase {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final String HEADER = "project,step,effectiveDate,title,description,recipients,area,priorities,amount,currency,donor,kind,"
            + "offer,outcome,reason\n";

    void admitImportDonors() {
        for (String donor : new String[]{"FR", "DE", "ES"}) {
            ResponseEntity<String> admitted = post("/api/members", "{\"country\":\"" + donor + "\",\"admittedOn\":\"2002-06-27\"}");
            assertThat(admitted.getStatusCode()).as(admitted.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        }
    }

    ResponseEntity<String> send(String file, MediaType type, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.addAll(extra);
        return http.postForEntity("/api/imports", new HttpEntity<>(file.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    /** Imports the file and answers its final progress. */
    JsonNode importAndWait(String file, MediaType type) throws Exception {
        ResponseEntity<String> accepted = send(file, type, new HttpHeaders());
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String importId = body(accepted).get("importId").asText();
        assertThat(accepted.getHeaders().getLocation()).isEqualTo(URI.create("/api/imports/" + importId));
        return awaitDone(importId);
    }

    JsonNode awaitDone(String importId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            ResponseEntity<String> progress = http.getForEntity("/api/imports/" + importId, String.class);
            assertThat(progress.getStatusCode()).as(progress.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode view = body(progress);
            if (!"RUNNING".equals(view.get("state").asText())) {
                return view;
            }
            assertThat(Instant.now()).as("import %s still running", importId).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** The metadata of the project's first event. */
    JsonNode firstEventMetadata(String projectId) {
        return readTree(jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from events.domain_event_entry
                where aggregate_identifier = ? order by sequence_number limit 1""", String.class, projectId));
    }

    static String csvProjectId(String reference) {
        return java.util.UUID.nameUUIDFromBytes(("csv:" + reference).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
