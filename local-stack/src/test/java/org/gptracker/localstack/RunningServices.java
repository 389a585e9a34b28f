package org.gptracker.localstack;

import org.gptracker.infra.Ports;
import org.gptracker.infra.SigningKeys;
import org.gptracker.testsupport.TestInfrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Both packaged services (target/services/*.jar) as child processes on free ports, wired to the
 * {@link TestInfrastructure} PostgreSQL (databases gp_command, gp_query) and Kafka, as ./run-local wires them.
 */
final class RunningServices implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final Path servicesDirectory = Path.of(System.getProperty("gp.services.dir", "target/services"));
    private final Path logDirectory;
    private final ServiceLaunch commandLaunch;
    private final ServiceLaunch queryLaunch;
    /** For a second stack beside the first: its own databases, topics and consumer group. */
    private final List<String> separation;
    private final SigningKeys keys;
    private ServiceProcess command;
    private ServiceProcess query;

    private RunningServices(Class<?> testClass, String stack) {
        String suffix = stack == null ? "" : "_" + stack;
        logDirectory = Path.of(System.getProperty("gp.it.logs", "target/it-logs"), testClass.getSimpleName() + suffix);
        keys = SigningKeys.inDirectory(logDirectory.resolve("keys"));
        commandLaunch = new ServiceLaunch("command-service", Ports.free(), LocalStack.COMMAND_DATABASE + suffix);
        queryLaunch = new ServiceLaunch("query-service", Ports.free(), LocalStack.QUERY_DATABASE + suffix);
        separation = stack == null ? List.of() : List.of(
                "--gp.relay.topic=gp.events." + stack,
                "--gp.kafka.topic=gp.events." + stack,
                "--gp.kafka.dead-letter-topic=gp.events." + stack + ".DLT",
                "--spring.kafka.consumer.group-id=gp-query-" + stack);
    }

    /** Starts both and waits until both are healthy; the logs go to target/it-logs/TestClass/. */
    static RunningServices start(Class<?> testClass) {
        return start(new RunningServices(testClass, null));
    }

    /**
     * Another, empty stack beside the usual one, sharing the servers: databases {@code gp_command_<stack>}
     * and {@code gp_query_<stack>}, topic {@code gp.events.<stack>}, consumer group {@code gp-query-<stack>}.
     */
    static RunningServices startSeparate(Class<?> testClass, String stack) {
        return start(new RunningServices(testClass, stack));
    }

    private static RunningServices start(RunningServices services) {
        try {
            services.command = services.launch(services.commandLaunch);
            services.query = services.launch(services.queryLaunch);
            ServiceProcess.awaitAllHealthy(Map.of(
                    services.command, services.commandLaunch.healthUrl(),
                    services.query, services.queryLaunch.healthUrl()), STARTUP_TIMEOUT, service -> { });
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    URI command(String path) {
        return commandLaunch.baseUrl().resolve(path);
    }

    URI query(String path) {
        return queryLaunch.baseUrl().resolve(path);
    }

    /** A token from the command service's local-stack-only {@code POST /dev/tokens}. */
    String token(String subject, String country, String... roles) {
        String rolesJson = String.join(",", Arrays.stream(roles).map(role -> "\"" + role + "\"").toList());
        return new LocalTokens(commandLaunch.tokensUrl()).mint("{\"sub\":\"" + subject + "\",\"roles\":[" + rolesJson + "],"
                + "\"country\":" + (country == null ? "null" : "\"" + country + "\"") + "}");
    }

    /** A client that acts as the secretariat. */
    JsonHttp asSecretariat() {
        return new JsonHttp(token("it-secretariat", null, "SECRETARIAT"));
    }

    String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    Connection commandDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(commandLaunch.database()),
                infrastructure.username(), infrastructure.password());
    }

    Connection queryDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(queryLaunch.database()),
                infrastructure.username(), infrastructure.password());
    }

    /** As a crash would: no shutdown, no last token update. */
    void killCommandService() {
        command.kill();
    }

    void restartCommandService() {
        command = launch(commandLaunch);
        command.waitUntilHealthy(commandLaunch.healthUrl(), STARTUP_TIMEOUT);
    }

    @Override
    public void close() {
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> stop(command)),
                CompletableFuture.runAsync(() -> stop(query))).join();
    }

    private ServiceProcess launch(ServiceLaunch launch) {
        List<String> arguments = new ArrayList<>(launch.arguments(infrastructure.jdbcUrl(launch.database()),
                infrastructure.username(), infrastructure.password(), infrastructure.kafkaBootstrapServers(), keys));
        arguments.addAll(separation);
        return ServiceProcess.start(launch.jar(servicesDirectory), arguments, logDirectory.resolve(launch.name() + ".log"));
    }

    private static void stop(ServiceProcess service) {
        if (service != null) {
            service.stop();
        }
    }
}
