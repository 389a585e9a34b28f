package org.gptracker.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL runs detached from the JVM that started it, so when that JVM dies without closing it
 * (kill -9, a halt) the postmaster keeps running, holding its port and data directory. Whether a data
 * directory still has a live owner is told by zonky's {@code epg-lock}: the OS releases that file lock
 * when the owning JVM dies, however it dies.
 */
final class OrphanedPostgres {

    static final String TEMP_PREFIX = "gp-postgres-";
    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    /** Before starting on a data directory: stops a postmaster a dead owner left running there. */
    static void stopIn(Path dataDirectory) {
        if (hasLiveOwner(dataDirectory)) {
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory
                    + " is in use by another running process");
        }
        postmaster(dataDirectory).ifPresent(OrphanedPostgres::fastShutdown);
    }

    /** Stops the servers and deletes the temporary data directories that crashed JVMs left behind. */
    static void sweepTemporaryDirectories(Path parent) {
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(parent)) {
            candidates = entries.filter(path -> path.getFileName().toString().startsWith(TEMP_PREFIX)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path directory : candidates) {
            // young directories may still be in initdb, before their owner took the lock
            Path lockFile = directory.resolve(OWNER_LOCK);
            Path ageMarker = Files.exists(lockFile) ? lockFile : directory;
            if (isOlderThan(ageMarker, ABANDONED_AFTER) && !hasLiveOwner(directory)) {
                postmaster(directory).ifPresent(OrphanedPostgres::fastShutdown);
                try {
                    Directories.deleteRecursively(directory);
                } catch (RuntimeException ignored) {
                    // another JVM sweeping at the same time, or a file we may not delete: try next time
                }
            }
        }
    }

    private static boolean hasLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this JVM
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true; // cannot tell: leave it alone
        }
    }

    /** The postmaster process named in {@code postmaster.pid}, if it is still running. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try (Stream<String> lines = Files.lines(dataDirectory.resolve("postmaster.pid"))) {
            long pid = Long.parseLong(lines.findFirst().orElse("").trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGINT is PostgreSQL's "fast" shutdown (SIGTERM would wait for clients that may be orphans too). */
    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid())).start().waitFor();
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    private static boolean isOlderThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
