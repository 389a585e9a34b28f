package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.infra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keycloak's server distribution (from Maven Central, unpacked by the build) in development mode with its
 * file database, importing the realm that Compose imports ({@code docker/keycloak/gp-realm.json}). Started once
 * per test JVM, in the background so that the services can start meanwhile, and stopped when the JVM exits.
 */
final class KeycloakServer {

    static final String REALM = "gp";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static KeycloakServer instance;

    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean ready;

    private KeycloakServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Launches the server on the first call; {@link #awaitReady()} before asking it for a token. */
    static synchronized KeycloakServer get() {
        if (instance == null) {
            instance = launch();
        }
        return instance;
    }

    /** The realm file Compose imports. */
    static Path realmFile() {
        return Path.of(System.getProperty("gp.keycloak.realm", "../docker/keycloak/gp-realm.json"));
    }

    /**
     * The issuer the services expect, by the name {@code localhost}. Keycloak names the issuer after the host a
     * token was asked from, so a token asked from {@code 127.0.0.1} is signed with the same keys but is another
     * issuer's (Compose fixes one name instead, KC_HOSTNAME).
     */
    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** The realm's signing keys, fetched by another name than the issuer's, as the services in Compose do. */
    String jwkSetUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM + "/protocol/openid-connect/certs";
    }

    /** What a service needs to accept this realm's tokens for the GP Tracker APIs, and no others. */
    List<String> serviceArguments() {
        return List.of(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwkSetUri(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=gp-api");
    }

    /**
     * An access token by the password grant, as the README's curl asks for one (the demo users' password is
     * their name), from the realm at {@code host} for {@code client}.
     */
    String token(String host, String client, String username) {
        awaitReady();
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", username)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI tokens = URI.create("http://" + host + ":" + port + "/realms/" + REALM + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokens)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonHttp.JSON.readTree(answer.body());
            if (answer.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("No token for " + username + " from " + tokens + ": " + answer.body());
            }
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the realm is imported and served. */
    synchronized void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (!ready) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; its log: " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + STARTUP_TIMEOUT + "; its log: " + log);
            }
            ready = answers(discovery);
            if (!ready) {
                pause();
            }
        }
    }

    private boolean answers(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeycloakServer launch() {
        Path home = Path.of(System.getProperty("gp.keycloak.home", "target/keycloak"));
        Path log = Path.of(System.getProperty("gp.it.logs", "target/it-logs"), "keycloak.log");
        try {
            // a fresh file database, so that the realm file as it is now is imported
            deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile(), imports.resolve("gp-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());
            int port = Ports.free();
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + Ports.free(), "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            String javaHome = System.getProperty("gp.keycloak.java-home", "");
            if (!javaHome.isBlank()) {
                builder.environment().put("JAVA_HOME", javaHome);
            }
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-shutdown"));
            return new KeycloakServer(port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
    }

    /** kc.sh hands SIGTERM on to the server, which stops gracefully. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
