package org.gptracker.infra;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The KRaft log directory: formatted once with a new cluster id, which {@code meta.properties} then keeps. */
final class KafkaStorage {

    private static final String META_PROPERTIES = "meta.properties";

    private final Path directory;

    KafkaStorage(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    boolean isFormatted() {
        return Files.exists(directory.resolve(META_PROPERTIES));
    }

    void formatIfNeeded(Map<String, String> config) {
        if (isFormatted()) {
            return;
        }
        Path propertiesFile = writeTemporary(config);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", propertiesFile.toString()};
            int exitCode = StorageTool.execute(args, printStream);
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting Kafka storage in " + directory + " failed (exit code "
                        + exitCode + "): " + output.toString(StandardCharsets.UTF_8));
            }
        } finally {
            deleteQuietly(propertiesFile);
        }
    }

    String clusterId() {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(directory.resolve(META_PROPERTIES))) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Kafka cluster id in " + directory, e);
        }
        return meta.getProperty("cluster.id");
    }

    private static Path writeTemporary(Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        try {
            Path file = Files.createTempFile("gp-kafka-format-", ".properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "single-node KRaft format settings");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write Kafka format settings", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the temp directory is harmless
        }
    }
}
