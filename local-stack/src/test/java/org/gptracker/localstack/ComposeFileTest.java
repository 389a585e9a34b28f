package org.gptracker.localstack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as written (no Docker engine here to run it; `docker compose config` checks the syntax where
 * there is one): it needs no variable, every service is watched and restarted, starts after what it needs is
 * healthy and outlasts Spring's shutdown, Kafka's log is on its volume, Keycloak is the version KeycloakIT runs.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("../docker-compose.yml");
    private static final Duration SPRING_SHUTDOWN_PHASE = Duration.ofSeconds(30);

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void itNeedsNoVariable() throws IOException {
        assertThat(Files.readString(COMPOSE)).as("a ${VAR:?…} or ${VAR?…} stops `config`, `down` and `logs` without it")
                .doesNotContainPattern("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?\\?");
    }

    @Test
    void everyServiceHasAHealthcheckARestartPolicyAndStartsAfterWhatItNeedsIsHealthy() {
        assertThat(services).isNotEmpty();
        services.forEach((name, service) -> {
            assertThat(service).as(name).containsKeys("healthcheck", "restart");
            Object dependencies = service.getOrDefault("depends_on", Map.of());
            assertThat(dependencies).as("%s depends_on in the long form", name).isInstanceOf(Map.class);
            ((Map<?, ?>) dependencies).forEach((dependency, condition) -> assertThat(condition)
                    .as("%s waits for %s", name, dependency).isEqualTo(Map.of("condition", "service_healthy")));
        });
    }

    @Test
    void theServicesGetLongerToStopThanSpringsShutdownPhase() {
        for (String name : List.of("command-service", "query-service")) {
            String grace = (String) services.get(name).get("stop_grace_period");
            assertThat(Duration.parse("PT" + grace.toUpperCase())).as(name).isGreaterThan(SPRING_SHUTDOWN_PHASE);
        }
    }

    @Test
    void kafkaKeepsItsLogOnItsVolume() {
        Map<String, Object> kafka = services.get("kafka");
        String logDirectory = String.valueOf(((Map<?, ?>) kafka.get("environment")).get("KAFKA_LOG_DIRS"));

        assertThat((List<?>) kafka.get("volumes")).anySatisfy(volume ->
                assertThat(logDirectory).startsWith(String.valueOf(volume).replaceFirst("^kafka-data:", "")));
    }

    @Test
    void keycloakImportsTheRealmFileOfKeycloakITInTheVersionKeycloakITRuns() {
        Map<String, Object> keycloak = services.get("keycloak");

        assertThat(keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("gp.keycloak.version"));
        assertThat(keycloak.get("volumes"))
                .isEqualTo(List.of("./docker/keycloak/gp-realm.json:/opt/keycloak/data/import/gp-realm.json:ro"));
        assertThat(KeycloakServer.realmFile().toAbsolutePath().normalize())
                .isEqualTo(COMPOSE.resolveSibling("docker/keycloak/gp-realm.json").toAbsolutePath().normalize());
    }

    @Test
    void theAlertRulesAndTheDashboardAskOnlyForMetricsTheOperationsGuideDescribes() throws IOException {
        Set<String> described = metrics(section(Files.readString(Path.of("../docs/operations.md")), "## Metrics"));
        Set<String> asked = metrics(Files.readString(Path.of("../docker/prometheus/alerts.yml"))
                + Files.readString(Path.of("../docker/grafana/dashboards/gp-tracker.json")));

        assertThat(asked).isNotEmpty();
        assertThat(described).containsAll(asked);
    }

    private static Set<String> metrics(String text) {
        Set<String> names = new TreeSet<>();
        Matcher metric = Pattern.compile("\\b(?:gp|kafka_consumer)_[a-z_]+").matcher(text);
        while (metric.find()) {
            names.add(metric.group());
        }
        return names;
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + COMPOSE, e);
        }
    }
}
