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
import java.util.Arrays;
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
    private final ServiceLaunch commandLaunch = new ServiceLaunch("command-service", Ports.free(), LocalStack.COMMAND_DATABASE);
    private final ServiceLaunch queryLaunch = new ServiceLaunch("query-service", Ports.free(), LocalStack.QUERY_DATABASE);
    private final SigningKeys keys;
    private ServiceProcess command;
    private ServiceProcess query;

    private RunningServices(Class<?> testClass) {
        logDirectory = Path.of(System.getProperty("gp.it.logs", "target/it-logs"), testClass.getSimpleName());
        keys = SigningKeys.inDirectory(logDirectory.resolve("keys"));
    }

    /** Starts both and waits until both are healthy; the logs go to target/it-logs/TestClass/. */
    static RunningServices start(Class<?> testClass) {
        RunningServices services = new RunningServices(testClass);
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
        return DriverManager.getConnection(infrastructure.jdbcUrl(LocalStack.COMMAND_DATABASE),
                infrastructure.username(), infrastructure.password());
    }

    Connection queryDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(LocalStack.QUERY_DATABASE),
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
        return ServiceProcess.start(launch.jar(servicesDirectory),
                launch.arguments(infrastructure.jdbcUrl(launch.database()), infrastructure.username(),
                        infrastructure.password(), infrastructure.kafkaBootstrapServers(), keys),
                logDirectory.resolve(launch.name() + ".log"));
    }

    private static void stop(ServiceProcess service) {
        if (service != null) {
            service.stop();
        }
    }
}
