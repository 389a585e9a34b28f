package org.gptracker.localstack;

import org.gptracker.infra.SigningKeys;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** How one service is started: its jar, HTTP port, database and the arguments that point it at the infrastructure. */
record ServiceLaunch(String name, int port, String database) {

    static final String PROFILE = "local-stack";

    Path jar(Path servicesDirectory) {
        return servicesDirectory.resolve(name + ".jar");
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI tokensUrl() {
        return baseUrl().resolve("/dev/tokens");
    }

    URI healthUrl() {
        return baseUrl().resolve("/actuator/health");
    }

    /** Where the service listens and which PostgreSQL database and Kafka broker it uses. */
    List<String> arguments(String jdbcUrl, String username, String password, String kafkaBootstrapServers) {
        return List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers);
    }

    /**
     * The local stack's own tokens: both services trust the public key of {@code keys}; the command service
     * mints tokens with its private key ({@code POST /dev/tokens}, local-stack profile only).
     */
    static List<String> localTokens(SigningKeys keys) {
        return List.of(
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + keys.publicKey().toUri(),
                "--gp.dev-tokens.private-key-location=" + keys.privateKey().toUri(),
                "--spring.profiles.active=" + PROFILE);
    }
}
