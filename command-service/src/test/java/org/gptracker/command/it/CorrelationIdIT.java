package org.gptracker.command.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer names the correlation id its request was handled under (the events carry it too: ProposalIT). */
class CorrelationIdIT extends CommandServiceTestBase {

    private static final String HEADER = "X-Correlation-Id";

    @Test
    void theClientsCorrelationIdIsEchoedInTheAnswer() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HEADER, "dashboard-7f3a");

        ResponseEntity<String> answer = post("/api/projects", chornobylProposal(), headers);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getHeaders().getFirst(HEADER)).isEqualTo("dashboard-7f3a");
    }

    @Test
    void aRequestWithoutASensibleCorrelationIdIsGivenANewUuidEvenWhenRefusedBySecurity() {
        HttpHeaders unusable = new HttpHeaders();
        unusable.set(HEADER, "not a sensible id");
        unusable.set(WITHOUT_TOKEN, "yes");

        ResponseEntity<String> answer = post("/api/projects", chornobylProposal(), unusable);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(UUID.fromString(answer.getHeaders().getFirst(HEADER))).isNotNull();
    }
}
