package org.gptracker.testsupport;

/** Running PostgreSQL and Kafka servers, however they were started. */
interface Backend extends AutoCloseable {

    String mode();

    String postgresHost();

    int postgresPort();

    String username();

    String password();

    String kafkaBootstrapServers();

    @Override
    void close();
}
