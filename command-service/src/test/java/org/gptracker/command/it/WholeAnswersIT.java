package org.gptracker.command.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON answer, accepted or refused, is sent whole: with its length, not as a chunked body. */
class WholeAnswersIT extends CommandServiceTestBase {

    @Test
    void anAcceptedCommandIsAnsweredWithTheLengthOfItsBody() {
        ResponseEntity<String> answer = post("/api/projects", chornobylProposal());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertWhole(answer);
        assertThat(answer.getBody()).contains("\"projectId\"");
    }

    @Test
    void aProblemIsAnsweredWithTheLengthOfItsBody() {
        ResponseEntity<String> answer = post("/api/projects", "{\"title\":\"No recipients\"}");

        assertThat(answer.getStatusCode().is4xxClientError()).isTrue();
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertWhole(answer);
    }

    private static void assertWhole(ResponseEntity<String> answer) {
        assertThat(answer.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING)).isNull();
        assertThat(answer.getHeaders().getContentLength()).isEqualTo(answer.getBody().getBytes(StandardCharsets.UTF_8).length);
    }
}
