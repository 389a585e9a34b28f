package org.gptracker.command.it;

import org.gptracker.testsupport.TestInfrastructure;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command service on a real PostgreSQL and a real Kafka broker, started once per test JVM;
 * every integration test extends this class so they all share one Spring context.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CommandServiceTestBase {

    static final String TOPIC = "gp.events";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    static final String SECRETARIAT_TOKEN = TestTokens.secretariat();
    /** The {@code sub} of {@link #SECRETARIAT_TOKEN}: the actor recorded on events the tests cause. */
    static final String SECRETARIAT_SUBJECT = "secretariat-tests";

    /** A request header (never sent) telling {@link #http} to send no token at all. */
    static final String WITHOUT_TOKEN = "X-Test-Without-Token";

    /** Every request of {@link #http} that names no Authorization of its own is sent as the secretariat. */
    private static final ClientHttpRequestInterceptor SECRETARIAT_BY_DEFAULT = (request, body, execution) -> {
        if (request.getHeaders().remove(WITHOUT_TOKEN) == null && !request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().setBearerAuth(SECRETARIAT_TOKEN);
        }
        return execution.execute(request, body);
    };

    @BeforeEach
    void sendAsSecretariatUnlessToldOtherwise() {
        if (!http.getRestTemplate().getInterceptors().contains(SECRETARIAT_BY_DEFAULT)) {
            http.getRestTemplate().getInterceptors().add(SECRETARIAT_BY_DEFAULT);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("gp_command_it").forEach((name, value) -> registry.add(name, () -> value));
    }

    static String bootstrapServers() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }

    ResponseEntity<String> post(String path, String json, HttpHeaders extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.addAll(extraHeaders);
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    ResponseEntity<String> post(String path, String json) {
        return post(path, json, new HttpHeaders());
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from events.domain_event_entry", Long.class);
    }

    static String chornobylProposal() {
        return """
                {"title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
                 "priorities":["UKRAINE"],"requestedBudget":{"amount":"2500000.00","currency":"EUR"}}""";
    }
}
