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
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The command service with its own database, reached through a {@link PostgresProxy} that a test may
 * cut, and its own event topic, so what these tests do to the store and the topic (outages,
 * republishing) touches no other test. Every test of this kind extends this class and so shares one
 * second Spring context.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProxiedDatabaseTestBase {

    static final String TOPIC = "gp.events.proxied-it";
    static final String DATABASE = "gp_command_proxied_it";

    static final PostgresProxy PROXY;
    /** The same database, not through the proxy: what the tests read while the proxy is cut. */
    static final JdbcTemplate DIRECT;

    static {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        URI database = URI.create(infrastructure.jdbcUrl(DATABASE).substring("jdbc:".length()));
        PROXY = PostgresProxy.to(database.getHost(), database.getPort());
        DIRECT = new JdbcTemplate(new DriverManagerDataSource(infrastructure.jdbcUrl(DATABASE),
                infrastructure.username(), infrastructure.password()));
    }

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void sendAsSecretariatUnlessToldOtherwise() {
        if (!http.getRestTemplate().getInterceptors().contains(TestTokens.secretariatByDefault())) {
            http.getRestTemplate().getInterceptors().add(TestTokens.secretariatByDefault());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties(DATABASE).entrySet().stream()
                .filter(property -> !property.getKey().equals("spring.datasource.url"))
                .forEach(property -> registry.add(property.getKey(), property::getValue));
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/" + DATABASE);
        registry.add("gp.relay.topic", () -> TOPIC);
        // small pages, so a republish of a few dozen events runs through several acknowledged pages
        registry.add("gp.relay.republish-page-size", () -> "5");
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

    /** A connection of its own to the database, not through the proxy. */
    static Connection directConnection() throws SQLException {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return DriverManager.getConnection(infrastructure.jdbcUrl(DATABASE), infrastructure.username(), infrastructure.password());
    }

    static long storedEvents() {
        return DIRECT.queryForObject("select count(*) from events.domain_event_entry", Long.class);
    }

    static String chornobylProposal() {
        return CommandServiceTestBase.chornobylProposal();
    }
}
