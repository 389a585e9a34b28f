package org.gptracker.benchmarks.rebuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The resident memory (and CPU time) of one process on this machine, read from /proc (Linux). */
public final class ProcessMemory {

    private final long pid;

    private ProcessMemory(long pid) {
        this.pid = pid;
    }

    public static ProcessMemory of(long pid) {
        return new ProcessMemory(pid);
    }

    /** The only process whose command line holds every one of {@code words}, e.g. the query service on its port. */
    public static ProcessMemory find(List<String> words) {
        List<Long> found;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            found = processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> commandLine(dir).map(line -> words.stream().allMatch(line::contains)).orElse(false))
                    .map(dir -> Long.parseLong(dir.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list processes in /proc: " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("expected one process whose command line holds " + words + ", found " + found.size()
                    + " " + found + "; pass --query-pid");
        }
        return new ProcessMemory(found.get(0));
    }

    public long pid() {
        return pid;
    }

    /** Resident set size now, in KiB. */
    public OptionalLong residentKib() {
        return statusField("VmRSS:");
    }

    /** The highest resident set size since the process started, in KiB. */
    public OptionalLong peakResidentKib() {
        return statusField("VmHWM:");
    }

    /** User plus system CPU time used since the process started, in milliseconds (clock ticks of 10 ms). */
    public OptionalLong cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces; utime and stime are fields 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The version and installation of the Java this process runs on ({@code release} beside its {@code bin/java}), if it is one. */
    public java.util.Optional<String> javaRuntime() {
        try {
            Path home = Path.of("/proc", String.valueOf(pid), "exe").toRealPath().getParent().getParent();
            try (Stream<String> lines = Files.lines(home.resolve("release"))) {
                return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                        .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "") + " (" + home + ")")
                        .findFirst();
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private OptionalLong statusField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static java.util.Optional<String> commandLine(Path process) {
        try {
            return java.util.Optional.of(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' '));
        } catch (IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
