package org.gptracker.command.it;

import org.gptracker.testsupport.TestInfrastructure;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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

    static final String WITHOUT_TOKEN = TestTokens.WITHOUT_TOKEN;
    static final String SECRETARIAT_SUBJECT = TestTokens.SECRETARIAT_SUBJECT;

    @BeforeEach
    void sendAsSecretariatUnlessToldOtherwise() {
        if (!http.getRestTemplate().getInterceptors().contains(TestTokens.secretariatByDefault())) {
            http.getRestTemplate().getInterceptors().add(TestTokens.secretariatByDefault());
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
