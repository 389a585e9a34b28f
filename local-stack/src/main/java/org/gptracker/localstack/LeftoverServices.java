package org.gptracker.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Services outlive a local stack that was killed outright (kill -9) and keep their ports. Their process ids
 * are kept in the data directory while they run, so the next start can stop exactly those processes.
 */
final class LeftoverServices {

    static final String FILE_NAME = "services.pids";

    private final Path pidFile;

    LeftoverServices(Path dataDirectory) {
        this.pidFile = dataDirectory.resolve(FILE_NAME);
    }

    void record(List<ServiceProcess> services) {
        String lines = services.stream().map(service -> service.name() + " " + service.pid())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        try {
            Files.writeString(pidFile, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pidFile, e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale file names processes that are gone or no longer ours; stopAll checks both
        }
    }

    /** Stops each recorded process that still runs that service's jar. */
    void stopAll(PrintStream out) {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return;
        }
        for (String line : lines) {
            String[] nameAndPid = line.trim().split(" ");
            if (nameAndPid.length == 2) {
                leftover(nameAndPid[0], nameAndPid[1]).ifPresent(process -> {
                    out.println("  stopping " + nameAndPid[0] + " (pid " + process.pid()
                            + "), left running by an earlier local stack");
                    stop(process);
                });
            }
        }
        clear();
    }

    private static Optional<ProcessHandle> leftover(String name, String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().orElse("").contains(name + ".jar"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        if (!exited(process, ServiceProcess.STOP_GRACE)) {
            process.destroyForcibly();
            exited(process, Duration.ofSeconds(10));
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
