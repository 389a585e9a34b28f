package org.gptracker.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.gptracker.benchmarks.cpu.StackCpu;

/**
 * A local stack (local-stack.jar: PostgreSQL, Kafka and both services) started on a fresh data directory
 * and free ports for one benchmark run, and stopped at its end the way Ctrl-C stops it (SIGTERM).
 */
final class LocalStackProcess implements AutoCloseable {

    private static final int FIRST_PORT = 20000;
    private static final int LAST_PORT = 32000;
    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();


    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Process process;
    private final Stack stack;
    private final Path dataDirectory;
    private final Thread stopOnExit;

    private LocalStackProcess(Process process, Stack stack, Path dataDirectory) {
        this.process = process;
        this.stack = stack;
        this.dataDirectory = dataDirectory;
        this.stopOnExit = new Thread(this::stop, "stop-local-stack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static LocalStackProcess start(Path jar, Path dataDirectory, PrintStream out) {
        return start(jar, dataDirectory, FIRST_PORT, LAST_PORT, out);
    }

    /** The same on ports from {@code firstPort} to {@code lastPort} (a machine shared with other stacks). */
    static LocalStackProcess start(Path jar, Path dataDirectory, int firstPort, int lastPort, PrintStream out) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing: build it (./mvnw -B -q -DskipTests package) or pass --local-stack");
        }
        int postgres = freePort(firstPort, lastPort);
        int kafka = freePort(firstPort, lastPort);
        int command = freePort(firstPort, lastPort);
        int query = freePort(firstPort, lastPort);
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        List<String> commandLine = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgp.local.data=" + dataDirectory.toAbsolutePath(), "-jar", jar.toAbsolutePath().toString(), "--fresh",
                "--postgres-port", String.valueOf(postgres), "--kafka-port", String.valueOf(kafka),
                "--command-port", String.valueOf(command), "--query-port", String.valueOf(query)));
        Process process;
        try {
            Files.createDirectories(dataDirectory.toAbsolutePath().getParent());
            process = new ProcessBuilder(commandLine).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + jar + ": " + e.getMessage(), e);
        }
        Stack stack = new Stack(URI.create("http://127.0.0.1:" + command), URI.create("http://127.0.0.1:" + query),
                "127.0.0.1:" + postgres, "postgres", "postgres", null);
        LocalStackProcess started = new LocalStackProcess(process, stack, dataDirectory);
        out.printf("starting a local stack (pid %d, data %s, log %s): PostgreSQL %d, Kafka %d, command %d, query %d%n",
                process.pid(), dataDirectory, log, postgres, kafka, command, query);
        try {
            started.awaitHealthy(log);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    Stack stack() {
        return stack;
    }

    /** The CPU time of every process of this stack, when PostgreSQL's postmaster is found in its data directory. */
    Optional<StackCpu> cpu() {
        return StackCpu.of(process.pid(), dataDirectory);
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        long deadline = started + STARTUP.toNanos();
        while (!(up(http, stack.commandUrl()) && up(http, stack.queryUrl()))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local stack exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the local stack was not healthy after " + STARTUP.toMinutes() + " min; see " + log);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static boolean up(HttpClient http, URI service) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(service.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A port that is free now, below the kernel's ephemeral range (32768 and up on Linux): a port from that range
     * can be taken as the source port of some outgoing connection before the stack binds it.
     */
    static int freePort() {
        return freePort(FIRST_PORT, LAST_PORT);
    }

    static int freePort(int firstPort, int lastPort) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = firstPort + ThreadLocalRandom.current().nextInt(lastPort - firstPort);
            if (TAKEN.contains(candidate)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                TAKEN.add(candidate);
                return candidate;
            } catch (IOException busy) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between " + firstPort + " and " + lastPort);
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) stop() itself
        }
    }
}
