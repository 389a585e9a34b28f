package org.gptracker.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java runtime the services run on (decision 0072): the one {@value #HOME_VARIABLE} names, or else the newest
 * released Java installed beside the one running this JVM (its siblings, e.g. in {@code /usr/lib/jvm}), or this one.
 */
public record ServiceJava(Path home, Runtime.Version version) {

    public static final String HOME_VARIABLE = "GP_SERVICE_JAVA_HOME";
    private static final int OLDEST_FEATURE = 17;

    private static ServiceJava chosen;

    /** Chosen once per JVM from its environment. */
    public static synchronized ServiceJava chosen() {
        if (chosen == null) {
            chosen = choose(System.getenv(), Path.of(System.getProperty("java.home")), Runtime.version());
        }
        return chosen;
    }

    static ServiceJava choose(Map<String, String> environment, Path runningHome, Runtime.Version runningVersion) {
        String named = environment.get(HOME_VARIABLE);
        if (named != null && !named.isBlank()) {
            return at(Path.of(named))
                    .filter(java -> java.version.feature() >= OLDEST_FEATURE)
                    .orElseThrow(() -> new LocalStackException(HOME_VARIABLE + "=" + named
                            + " is not a Java " + OLDEST_FEATURE + " or newer installation (bin/java and a release file)"));
        }
        ServiceJava running = new ServiceJava(runningHome, runningVersion);
        Path installations = runningHome.toAbsolutePath().getParent();
        if (installations == null) {
            return running;
        }
        try (Stream<Path> beside = Files.list(installations)) {
            return beside.map(ServiceJava::at)
                    .flatMap(Optional::stream)
                    .filter(java -> java.version.pre().isEmpty())
                    .reduce(running, (best, other) -> other.version.compareToIgnoreOptional(best.version) > 0 ? other : best);
        } catch (IOException | SecurityException unreadable) {
            return running;
        }
    }

    /** The installation at {@code home}, if it has a runnable {@code bin/java} and says its version in {@code release}. */
    static Optional<ServiceJava> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "").trim())
                    .findFirst()
                    .flatMap(ServiceJava::version)
                    .map(version -> new ServiceJava(home, version));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public Path executable() {
        return home.resolve("bin").resolve("java");
    }

    @Override
    public String toString() {
        return "Java " + version + " (" + home + ")";
    }

    private static Optional<Runtime.Version> version(String text) {
        try {
            return Optional.of(Runtime.Version.parse(text));
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
    }
}
