package org.gptracker.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A Spring Boot service run as a child JVM ({@code java -jar}), its output appended to a log file.
 * Used by the local stack and by the integration tests that run the packaged services.
 */
public final class ServiceProcess {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long logOffset;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(String name, Process process, Path logFile, long logOffset) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.logOffset = logOffset;
    }

    /**
     * Each service runs in a bounded heap, as in a container: without a bound a JVM on a big machine lets its
     * heap grow to a quarter of the memory before it collects in earnest.
     */
    static final String HEAP = "-Xmx512m";

    /** The JVM options of every service on a machine with this many processors (decision 0072). */
    static List<String> jvmOptions(int processors) {
        return processors <= 4 ? List.of(HEAP, "-XX:CICompilerCount=4") : List.of(HEAP);
    }

    /** Starts {@code java <jvmOptions> -jar jar args...} on {@link ServiceJava#chosen()}; the service is named after the jar file. */
    public static ServiceProcess start(Path jar, List<String> args, Path logFile) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartupException("Cannot start " + name + ": " + jar + " does not exist");
        }
        List<String> command = new ArrayList<>(List.of(ServiceJava.chosen().executable().toString()));
        command.addAll(jvmOptions(Runtime.getRuntime().availableProcessors()));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // the log keeps earlier runs (a restarted service appends); the tail shown on failure is this run's
            Files.writeString(logFile, "%n===== %s starting at %s =====%n".formatted(name, Instant.now()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long offset = Files.size(logFile);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            process.getOutputStream().close();
            return new ServiceProcess(name, process, logFile, offset);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " from " + jar, e);
        }
    }

    /**
     * Polls the health URL until it answers status UP.
     *
     * @throws ServiceStartupException if the process exits first or the timeout passes (the service is
     *                                 left running in that case; stop or kill it)
     */
    public void waitUntilHealthy(URI healthUrl, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ServiceStartupException(name + " exited with code " + process.exitValue()
                        + " during startup. Last lines of " + logFile + ":\n" + logTail(40));
            }
            if (isUp(healthUrl)) {
                return;
            }
            sleep(POLL_INTERVAL);
        }
        throw new ServiceStartupException(name + " was not healthy at " + healthUrl + " after " + timeout.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + logTail(40));
    }

    /**
     * Waits for several services at once, calling {@code whenHealthy} for each as it comes up; the first
     * {@link ServiceStartupException} ends the wait.
     */
    static void awaitAllHealthy(Map<ServiceProcess, URI> healthUrls, Duration timeout, Consumer<ServiceProcess> whenHealthy) {
        CompletableFuture<?>[] waits = healthUrls.entrySet().stream()
                .map(entry -> CompletableFuture.runAsync(() -> {
                    entry.getKey().waitUntilHealthy(entry.getValue(), timeout);
                    whenHealthy.accept(entry.getKey());
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        for (CompletableFuture<?> wait : waits) {
            wait.exceptionally(failure -> {
                firstFailure.completeExceptionally(failure instanceof CompletionException ? failure.getCause() : failure);
                return null;
            });
        }
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(waits), firstFailure).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Asks the service to shut down (SIGTERM), waits up to 20 s, then kills it. */
    public void stop() {
        stop(STOP_GRACE);
    }

    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(grace)) {
            kill();
        }
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Called when the process exits, however it ends. */
    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** The last lines this run wrote to its log. */
    public String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length() - logOffset;
            if (length <= 0) {
                return "(" + name + " wrote nothing)";
            }
            int size = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[size];
            file.seek(file.length() - size);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private boolean isUp(URI healthUrl) {
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartupException("Interrupted while waiting for " + name);
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartupException("Interrupted while waiting for a service to start");
        }
    }
}
