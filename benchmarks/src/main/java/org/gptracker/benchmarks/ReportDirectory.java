package org.gptracker.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where reports go: {@code --out}, else {@code benchmark/} next to benchmarks.jar (so {@code benchmarks/target/benchmark}). */
final class ReportDirectory {

    private final Path directory;

    private ReportDirectory(Path directory) {
        this.directory = directory;
    }

    static ReportDirectory from(Arguments args) {
        String out = args.text("out", null);
        return new ReportDirectory(out != null ? Path.of(out) : besideJar().resolve("benchmark"));
    }

    Path directory() {
        return directory;
    }

    Path write(String fileName, String content) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(fileName);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName + " to " + directory, e);
        }
    }

    /** {@code java -jar x/benchmarks.jar} puts exactly that jar on the class path. */
    private static Path besideJar() {
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath).toAbsolutePath();
        return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator) && jar.getParent() != null
                ? jar.getParent() : Path.of("target");
    }
}
