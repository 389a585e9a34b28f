package org.gptracker.command.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gptracker.testsupport.PrometheusScrape;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What {@code /actuator/prometheus} tells an operator about commands and the relay. */
class CommandMetricsIT extends CommandServiceTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String COMMANDS = "gp_commands_total";

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void commandsAreCountedByCommandOutcomeStatusAndRefusalCode() throws Exception {
        PrometheusScrape before = scrape();
        String first = proposed();
        String second = proposed();
        proposed();
        assertThat(post("/api/projects", "{\"title\":\"\",\"recipients\":[\"UA\"]}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        HttpHeaders asDonor = new HttpHeaders();
        asDonor.setBearerAuth(TestTokens.token("bern", "CH", "DONOR"));
        assertThat(post("/api/projects", chornobylProposal(), asDonor).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/projects/" + first + "/close", "{\"outcome\":\"CANCELLED\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/projects/" + first + "/close", "{\"outcome\":\"WITHDRAWN\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        HttpHeaders once = new HttpHeaders();
        once.set("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(post("/api/projects/" + second + "/close", "{\"outcome\":\"WITHDRAWN\"}", once).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/projects/" + second + "/close", "{\"outcome\":\"WITHDRAWN\"}", once).getHeaders()
                .getFirst("Idempotent-Replayed")).isEqualTo("true");

        // a filter counts once the answer is written, which the client may see a moment earlier
        await().atMost(PATIENCE).until(() -> rise(before, scrape(), Map.of()) >= 9);
        PrometheusScrape after = scrape();
        assertThat(rise(before, after, Map.of())).isEqualTo(9);
        assertThat(rise(before, after, series("ProposeProject", "accepted", "201", "none"))).isEqualTo(3);
        assertThat(rise(before, after, series("ProposeProject", "refused", "400", "none"))).isEqualTo(1);
        assertThat(rise(before, after, series("ProposeProject", "refused", "403", "none"))).isEqualTo(1);
        assertThat(rise(before, after, series("CloseProject", "accepted", "200", "none"))).isEqualTo(2);
        assertThat(rise(before, after, series("CloseProject", "refused", "409", "PROJECT_CLOSED"))).isEqualTo(1);
        assertThat(rise(before, after, series("CloseProject", "replayed", "200", "none"))).isEqualTo(1);
    }

    @Test
    void everyCommandEndpointIsCountedUnderItsCommandEvenWhenRefusedBeforeItsController() {
        List<String> commandPaths = mappings.getHandlerMethods().keySet().stream()
                .filter(mapping -> mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/audit/")) // a digest is no command
                .map(pattern -> pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))
                .toList();
        assertThat(commandPaths).hasSizeGreaterThanOrEqualTo(17);
        PrometheusScrape before = scrape();

        HttpHeaders withoutToken = new HttpHeaders();
        withoutToken.set(WITHOUT_TOKEN, "yes");
        commandPaths.forEach(path -> assertThat(post(path, "{}", withoutToken).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));

        await().atMost(PATIENCE).until(() -> rise(before, scrape(), Map.of("status", "401")) >= commandPaths.size());
        PrometheusScrape after = scrape();
        assertThat(rise(before, after, Map.of("status", "401", "outcome", "refused"))).isEqualTo(commandPaths.size());
        assertThat(after.of(COMMANDS)).allSatisfy(series -> assertThat(series.labels().get("command")).matches("[A-Z][A-Za-z]+"));
    }

    @Test
    void theRelayLagCountsStoredEventsNotYetOnKafkaAndPublishedCountsWhatKafkaAcknowledged() throws Exception {
        StreamingEventProcessor relay = processing.eventProcessor("kafka-relay", StreamingEventProcessor.class).orElseThrow();
        await().atMost(PATIENCE).until(() -> relayLag() == 0);
        double published = scrape().sum("gp_events_published_total", Map.of("via", "relay"));

        relay.shutDown();
        try {
            proposed();
            proposed();
            await().atMost(PATIENCE).until(() -> relayLag() == 2);
        } finally {
            relay.start();
        }

        await().atMost(PATIENCE).until(() -> relayLag() == 0);
        assertThat(scrape().sum("gp_events_published_total", Map.of("via", "relay"))).isEqualTo(published + 2);
    }

    private String proposed() throws Exception {
        var answer = post("/api/projects", chornobylProposal());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(answer.getBody()).get("projectId").asText();
    }

    private double relayLag() {
        List<PrometheusScrape.Series> lag = scrape().of("gp_relay_lag_events");
        assertThat(lag).hasSize(1);
        return lag.get(0).value();
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.parse(http.getForObject("/actuator/prometheus", String.class));
    }

    private static double rise(PrometheusScrape before, PrometheusScrape after, Map<String, String> labels) {
        return after.sum(COMMANDS, labels) - before.sum(COMMANDS, labels);
    }

    private static Map<String, String> series(String command, String outcome, String status, String code) {
        Map<String, String> labels = new HashMap<>();
        labels.put("command", command);
        labels.put("outcome", outcome);
        labels.put("status", status);
        labels.put("code", code);
        return labels;
    }
}
