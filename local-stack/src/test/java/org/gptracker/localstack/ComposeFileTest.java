package org.gptracker.localstack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
        assertThat((List<?>) keycloak.get("volumes"))
                .contains("./docker/keycloak/gp-realm.json:/opt/keycloak/data/import/gp-realm.json:ro");
        assertThat(KeycloakServer.realmFile().normalize().toAbsolutePath())
                .isEqualTo(COMPOSE.resolveSibling("docker/keycloak/gp-realm.json").normalize().toAbsolutePath());
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
