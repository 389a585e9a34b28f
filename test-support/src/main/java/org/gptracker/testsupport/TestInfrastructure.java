package org.gptracker.testsupport;

import org.gptracker.infra.PostgresDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PostgreSQL and Kafka for integration tests, started once per test JVM and stopped when it exits.
 * Testcontainers when a Docker engine is present, else the embedded servers; the system property or
 * environment variable {@code GP_TEST_INFRA=embedded|testcontainers} overrides the choice.
 */
public final class TestInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);

    private static TestInfrastructure instance;
    private static RuntimeException startFailure;

    private final Backend backend;
    private final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

    private TestInfrastructure(Backend backend) {
        this.backend = backend;
    }

    public static synchronized TestInfrastructure get() {
        if (startFailure != null) {
            throw new IllegalStateException("The test infrastructure failed to start earlier in this JVM", startFailure);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /** The JDBC URL of that database, created first if it does not exist yet. */
    public String jdbcUrl(String database) {
        if (!createdDatabases.contains(database)) {
            PostgresDatabases.createIfMissing(backend.postgresHost(), backend.postgresPort(),
                    backend.username(), backend.password(), database);
            createdDatabases.add(database);
        }
        return PostgresDatabases.jdbcUrl(backend.postgresHost(), backend.postgresPort(), database);
    }

    public String username() {
        return backend.username();
    }

    public String password() {
        return backend.password();
    }

    public String kafkaBootstrapServers() {
        return backend.kafkaBootstrapServers();
    }

    /**
     * Spring Boot's connection properties for this infrastructure, with that database (created if
     * missing), and the key that {@link TestTokens} are signed with: {@code DynamicPropertySource}
     * methods register them as they are.
     */
    public Map<String, String> springProperties(String database) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "spring.datasource.url", jdbcUrl(database),
                "spring.datasource.username", username(),
                "spring.datasource.password", password(),
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers()));
        properties.putAll(TestTokens.springProperties());
        return Map.copyOf(properties);
    }

    /** "testcontainers" or "embedded". */
    public String mode() {
        return backend.mode();
    }

    private static TestInfrastructure start() {
        long started = System.nanoTime();
        String mode = ModeSelector.select(System::getProperty, System::getenv,
                () -> DockerProbe.ofThisMachine().isDockerAvailable());
        Backend backend = ModeSelector.TESTCONTAINERS.equals(mode) ? ContainerBackend.start() : EmbeddedBackend.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SpringShutdownHooks.awaitCompletion();
            backend.close();
        }, "test-infrastructure-shutdown"));
        LOG.info("Test infrastructure ({}) ready in {} ms: PostgreSQL {}:{}, Kafka {}", mode,
                (System.nanoTime() - started) / 1_000_000, backend.postgresHost(), backend.postgresPort(),
                backend.kafkaBootstrapServers());
        return new TestInfrastructure(backend);
    }
}
