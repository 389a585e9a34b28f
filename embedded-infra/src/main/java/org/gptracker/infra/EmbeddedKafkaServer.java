package org.gptracker.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

import java.nio.file.Path;
import java.util.Map;

/**
 * A single Kafka node in KRaft mode (broker and controller in one), in this JVM, listening on 127.0.0.1.
 * Its log directory is formatted on first use; records, topics and the cluster id survive a restart on
 * the same directory.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    static {
        // Kafka halts the JVM on a fatal fault. Hosted in a test JVM or in the local stack, that would skip the
        // host's shutdown and leave PostgreSQL and the services running; a failure in the Kafka thread is enough.
        Exit.setHaltProcedure(EmbeddedKafkaServer::refuseToLeaveTheJvm);
        Exit.setExitProcedure(EmbeddedKafkaServer::refuseToLeaveTheJvm);
    }

    private final KafkaRaftServer server;
    private final KafkaStorage storage;
    private final boolean temporary;
    private final int brokerPort;
    private boolean closed;

    private EmbeddedKafkaServer(KafkaRaftServer server, KafkaStorage storage, boolean temporary, int brokerPort) {
        this.server = server;
        this.storage = storage;
        this.temporary = temporary;
        this.brokerPort = brokerPort;
    }

    /**
     * @param dataDirectory  the log directory, kept across restarts; {@code null} for a temporary one
     *                       deleted by {@link #close()}
     * @param brokerPort     the client port (0 for a free port)
     * @param controllerPort the KRaft controller port (0 for a free port)
     */
    public static EmbeddedKafkaServer start(Path dataDirectory, int brokerPort, int controllerPort) {
        int broker = Ports.resolve(brokerPort, "Kafka broker");
        int controller = Ports.resolve(controllerPort, "Kafka controller");
        Path directory = Directories.createOrTemp(dataDirectory, "gp-kafka-");
        Map<String, String> config = KafkaNodeConfig.singleNode(directory, broker, controller);
        KafkaStorage storage = new KafkaStorage(directory);
        storage.formatIfNeeded(config);

        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            IllegalStateException failure = new IllegalStateException("Kafka did not start on 127.0.0.1:" + broker
                    + " (controller " + controller + ") with data in " + directory, e);
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException shutdownFailure) {
                failure.addSuppressed(shutdownFailure);
            }
            throw failure;
        }
        return new EmbeddedKafkaServer(server, storage, dataDirectory == null, broker);
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public String clusterId() {
        return storage.clusterId();
    }

    public Path dataDirectory() {
        return storage.directory();
    }

    private static void refuseToLeaveTheJvm(int status, String message) {
        throw new IllegalStateException("Embedded Kafka stopped on a fatal error (status " + status + "): " + message);
    }

    /** Controlled shutdown: logs are flushed and closed so the next start needs no recovery. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteRecursively(storage.directory());
        }
    }
}
