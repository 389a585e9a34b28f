package org.gptracker.localstack;

import org.gptracker.infra.Directories;
import org.gptracker.infra.EmbeddedKafkaServer;
import org.gptracker.infra.PortUnavailableException;
import org.gptracker.infra.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A durable embedded Kafka broker of a test's own, which the test can take down and bring back on the same ports with
 * the same data: the shared {@code TestInfrastructure} broker serves the other tests of the JVM and must stay up.
 */
final class OwnKafkaBroker implements AutoCloseable {

    /**
     * Below Linux's ephemeral range (32768–60999): while the broker is down, no client connection elsewhere on the
     * machine takes its port as a local port, so it can listen there again.
     */
    private static final int FIRST_PORT = 20_000;
    private static final int LAST_PORT = 32_000;

    private final Path dataDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private EmbeddedKafkaServer server;

    private OwnKafkaBroker(Path dataDirectory, int brokerPort, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    static OwnKafkaBroker start() {
        try {
            int brokerPort = portOutsideTheEphemeralRange();
            int controllerPort = portOutsideTheEphemeralRange();
            OwnKafkaBroker broker = new OwnKafkaBroker(Files.createTempDirectory("gp-kafka-own-"), brokerPort, controllerPort);
            broker.restart();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a data directory for a Kafka broker", e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Controlled shutdown; records, topics and committed offsets stay in the data directory. */
    synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts again on the same ports and data directory. */
    synchronized void restart() {
        if (server == null) {
            server = EmbeddedKafkaServer.start(dataDirectory, brokerPort, controllerPort);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private static int portOutsideTheEphemeralRange() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT);
            try {
                Ports.requireAvailable(port, "a test's own Kafka broker");
                return port;
            } catch (PortUnavailableException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + FIRST_PORT + " and " + LAST_PORT);
    }
}
