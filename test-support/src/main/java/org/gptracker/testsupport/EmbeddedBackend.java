package org.gptracker.testsupport;

import org.gptracker.infra.EmbeddedKafkaServer;
import org.gptracker.infra.EmbeddedPostgresServer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** In-process Kafka and a PostgreSQL child process: temporary directories, free ports, no fsync. */
final class EmbeddedBackend implements Backend {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;

    private EmbeddedBackend(EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedBackend start() {
        CompletableFuture<EmbeddedPostgresServer> postgres =
                CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(null, 0, false));
        CompletableFuture<EmbeddedKafkaServer> kafka =
                CompletableFuture.supplyAsync(() -> EmbeddedKafkaServer.start(null, 0, 0));
        try {
            return new EmbeddedBackend(postgres.join(), kafka.join());
        } catch (CompletionException e) {
            // the other one may have started: do not leave it behind
            postgres.thenAccept(EmbeddedPostgresServer::close);
            kafka.thenAccept(EmbeddedKafkaServer::close);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public String mode() {
        return "embedded";
    }

    @Override
    public String postgresHost() {
        return "127.0.0.1";
    }

    @Override
    public int postgresPort() {
        return postgres.port();
    }

    @Override
    public String username() {
        return postgres.username();
    }

    @Override
    public String password() {
        return postgres.password();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
