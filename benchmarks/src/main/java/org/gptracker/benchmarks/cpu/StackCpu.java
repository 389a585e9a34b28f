package org.gptracker.benchmarks.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The CPU time every process of a local stack used: the local-stack JVM (which runs the Kafka broker) with everything
 * it started (both service JVMs), and PostgreSQL's postmaster with all its processes — PostgreSQL runs detached, so it
 * is found through the {@code postmaster.pid} in the stack's data directory. Read from {@code /proc/<pid>/stat}: user
 * and system time of each live process plus that of its children that ended and were waited for (a backend that
 * closed during a phase still counts, in its postmaster's), so a difference over a phase is the stack's whole CPU
 * time in it.
 */
public final class StackCpu {

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ), 100 on Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private final List<Long> roots;

    private StackCpu(List<Long> roots) {
        this.roots = roots;
    }

    /** The stack started as process {@code stackPid} on {@code dataDirectory}; empty when PostgreSQL's postmaster is not found. */
    public static Optional<StackCpu> of(long stackPid, Path dataDirectory) {
        return postmaster(dataDirectory).map(postmaster -> new StackCpu(List.of(stackPid, postmaster)));
    }

    public List<Long> roots() {
        return roots;
    }

    /** CPU milliseconds used so far by every process of the stack; empty when /proc cannot be read. */
    public OptionalLong cpuMillis() {
        long ticks = 0;
        for (long root : roots) {
            Optional<ProcessHandle> process = ProcessHandle.of(root);
            if (process.isEmpty()) {
                return OptionalLong.empty();
            }
            List<Long> tree = new ArrayList<>(List.of(root));
            process.get().descendants().forEach(descendant -> tree.add(descendant.pid()));
            for (long pid : tree) {
                ticks += ticks(pid);
            }
        }
        return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** utime + stime + cutime + cstime of one process; 0 for one that ended meanwhile (its parent's cutime holds it). */
    static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }

    /** The same from the text of a stat file: fields 14 to 17, counted after the command name, which may hold spaces. */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static Optional<Long> postmaster(Path dataDirectory) {
        try (Stream<Path> files = Files.walk(dataDirectory, 3)) {
            Optional<Path> pidFile = files.filter(file -> file.getFileName().toString().equals("postmaster.pid")).findFirst();
            if (pidFile.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile.get()).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
