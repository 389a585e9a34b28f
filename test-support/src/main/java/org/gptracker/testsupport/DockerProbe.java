package org.gptracker.testsupport;

import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Is a Docker engine reachable? Asking Testcontainers directly costs seconds and logs a page of errors
 * when there is none, so it is only asked when something hints at an engine.
 */
class DockerProbe {

    private final UnaryOperator<String> environment;
    private final Path home;

    DockerProbe(UnaryOperator<String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    static DockerProbe ofThisMachine() {
        return new DockerProbe(System::getenv, Path.of(System.getProperty("user.home")));
    }

    boolean isDockerAvailable() {
        return hintsAtAnEngine() && DockerClientFactory.instance().isDockerAvailable();
    }

    /** Cheap checks for what Testcontainers would try: DOCKER_HOST, its own settings, the usual sockets. */
    boolean hintsAtAnEngine() {
        if (isSet("DOCKER_HOST") || isSet("TESTCONTAINERS_DOCKER_CLIENT_STRATEGY")
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                || Files.exists(home.resolve(".testcontainers.properties"))
                || Files.exists(home.resolve(".docker/config.json"))) {
            return true;
        }
        return socketCandidates().stream().anyMatch(Files::exists);
    }

    private List<Path> socketCandidates() {
        String runtimeDirectory = environment.apply("XDG_RUNTIME_DIR");
        return List.of(
                Path.of("/var/run/docker.sock"),
                Path.of("/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock"),
                Path.of(runtimeDirectory == null ? "/nonexistent" : runtimeDirectory, "docker.sock"),
                Path.of(runtimeDirectory == null ? "/nonexistent" : runtimeDirectory, "podman/podman.sock"));
    }

    private boolean isSet(String variable) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank();
    }
}
