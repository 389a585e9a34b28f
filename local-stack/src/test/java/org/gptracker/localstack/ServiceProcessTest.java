package org.gptracker.localstack;

import org.gptracker.infra.Ports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher against {@link FakeService}, packaged as a jar whose manifest points at the test classes. */
class ServiceProcessTest {

    @TempDir
    static Path directory;

    static Path jar;

    @BeforeAll
    static void packageFakeService() throws Exception {
        jar = directory.resolve("fake-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        URI testClasses = FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }

    @Test
    void aServiceRunsOnTheChosenJavaWithTheServicesJvmOptions() throws IOException {
        int port = Ports.free();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port), directory.resolve("logs/java.log"));
        try {
            service.waitUntilHealthy(health(port), Duration.ofSeconds(30));
            assertThat(service.logTail(5)).contains("fake service starting on Java " + ServiceJava.chosen().version(),
                    "with JVM options " + ServiceProcess.jvmOptions(Runtime.getRuntime().availableProcessors()));
        } finally {
            service.stop();
        }
    }

    @Test
    void onAMachineOfFourCoresOrFewerTheServicesGetFourCompilerThreads() {
        assertThat(ServiceProcess.jvmOptions(2)).containsExactly(ServiceProcess.HEAP, "-XX:CICompilerCount=4");
        assertThat(ServiceProcess.jvmOptions(4)).contains("-XX:CICompilerCount=4");
        assertThat(ServiceProcess.jvmOptions(16)).containsExactly(ServiceProcess.HEAP);
    }

    @Test
    void startsWaitsForHealthAndStops() throws IOException {
        int port = Ports.free();
        Path log = directory.resolve("logs/healthy.log");
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port, "--delay-ms=700"), log);
        try {
            assertThat(service.name()).isEqualTo("fake-service");
            service.waitUntilHealthy(health(port), Duration.ofSeconds(30));
            assertThat(service.logTail(5)).contains("fake service started");
        } finally {
            service.stop();
        }
        assertThat(service.isAlive()).isFalse();
        assertThat(Files.readString(log)).contains("fake-service starting at", "--server.port=" + port);
    }

    @Test
    void reportsAServiceThatDiesAtStartupWithTheEndOfItsLog() {
        Path log = directory.resolve("logs/failing.log");
        ServiceProcess service = ServiceProcess.start(jar, List.of("--fail"), log);
        assertThatThrownBy(() -> service.waitUntilHealthy(health(Ports.free()), Duration.ofSeconds(30)))
                .isInstanceOf(ServiceStartupException.class)
                .hasMessageContaining("fake-service exited with code 3 during startup")
                .hasMessageContaining("APPLICATION FAILED TO START");
    }

    @Test
    void showsOnlyThisRunInTheTailOfAnAppendedLog() {
        Path log = directory.resolve("logs/restarted.log");
        ServiceProcess first = ServiceProcess.start(jar, List.of("--fail", "first-run"), log);
        assertThatThrownBy(() -> first.waitUntilHealthy(health(Ports.free()), Duration.ofSeconds(30)));
        ServiceProcess second = ServiceProcess.start(jar, List.of("--fail", "second-run"), log);
        assertThatThrownBy(() -> second.waitUntilHealthy(health(Ports.free()), Duration.ofSeconds(30)))
                .hasMessageContaining("second-run")
                .hasMessageNotContaining("first-run");
    }

    @Test
    void timesOutWhenHealthNeverAnswers() {
        int port = Ports.free();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port, "--delay-ms=60000"),
                directory.resolve("logs/slow.log"));
        try {
            assertThatThrownBy(() -> service.waitUntilHealthy(health(port), Duration.ofSeconds(1)))
                    .isInstanceOf(ServiceStartupException.class)
                    .hasMessageContaining("was not healthy at " + health(port) + " after 1 s");
        } finally {
            service.kill();
        }
        assertThat(service.isAlive()).isFalse();
    }

    @Test
    void killsAServiceThatIgnoresTheStopRequest() {
        int port = Ports.free();
        ServiceProcess service = ServiceProcess.start(jar, List.of("--server.port=" + port, "--ignore-sigterm"),
                directory.resolve("logs/stubborn.log"));
        service.waitUntilHealthy(health(port), Duration.ofSeconds(30));
        long started = System.nanoTime();
        service.stop(Duration.ofSeconds(1));
        assertThat(service.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        assertThat(service.logTail(3)).contains("ignoring SIGTERM");
    }

    @Test
    void waitingForSeveralEndsAtTheFirstFailure() {
        int slowPort = Ports.free();
        ServiceProcess slow = ServiceProcess.start(jar, List.of("--server.port=" + slowPort, "--delay-ms=60000"),
                directory.resolve("logs/slow-of-two.log"));
        ServiceProcess failing = ServiceProcess.start(jar, List.of("--fail"), directory.resolve("logs/failing-of-two.log"));
        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> ServiceProcess.awaitAllHealthy(
                    Map.of(slow, health(slowPort), failing, health(Ports.free())), Duration.ofSeconds(50), service -> { }))
                    .isInstanceOf(ServiceStartupException.class)
                    .hasMessageContaining("exited with code 3");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        } finally {
            slow.kill();
        }
    }

    @Test
    void refusesAMissingJar() {
        assertThatThrownBy(() -> ServiceProcess.start(directory.resolve("query-service.jar"), new ArrayList<>(),
                directory.resolve("logs/missing.log")))
                .isInstanceOf(ServiceStartupException.class)
                .hasMessageContaining("Cannot start query-service")
                .hasMessageContaining("does not exist");
    }

    private static URI health(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health");
    }
}
