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

    /** {@code keys}: both services trust its public key; the command service mints tokens with its private key. */
    List<String> arguments(String jdbcUrl, String username, String password, String kafkaBootstrapServers, SigningKeys keys) {
        return List.of(
                "--server.port=" + port,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + keys.publicKey().toUri(),
                "--gp.dev-tokens.private-key-location=" + keys.privateKey().toUri(),
                "--spring.profiles.active=" + PROFILE,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers);
    }
}
