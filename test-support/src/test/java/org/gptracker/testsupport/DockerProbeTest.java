package org.gptracker.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DockerProbeTest {

    @TempDir
    Path home;

    @Test
    void dockerHostIsAHint() {
        assertThat(new DockerProbe(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375")::get, home).hintsAtAnEngine()).isTrue();
    }

    @Test
    void aDockerDesktopSocketIsAHint() throws IOException {
        Files.createDirectories(home.resolve(".docker/run"));
        Files.createFile(home.resolve(".docker/run/docker.sock"));
        assertThat(new DockerProbe(name -> null, home).hintsAtAnEngine()).isTrue();
    }

    @Test
    void noHintMeansNoDockerWithoutAskingTestcontainers() {
        assumeFalse(Files.exists(Path.of("/var/run/docker.sock")) || Files.exists(Path.of("/run/docker.sock")),
                "this machine has a system Docker socket");
        long started = System.nanoTime();
        assertThat(new DockerProbe(name -> null, home).isDockerAvailable()).isFalse();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
    }
}
