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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Both packaged services (target/services/*.jar) as child processes on free ports, wired to the
 * {@link TestInfrastructure} PostgreSQL (databases gp_command, gp_query) and Kafka, as ./run-local wires them.
 * More instances of either service can join the first ones, on the same database (and consumer group).
 */
final class RunningServices implements AutoCloseable {

    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final String QUERY_CONSUMER_GROUP = "gp-query";

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final Path servicesDirectory = Path.of(System.getProperty("gp.services.dir", "target/services"));
    private final Path logDirectory;
    private final String commandDatabase;
    private final String queryDatabase;
    private final String stack;
    private final String kafkaBootstrapServers;
    /** For a second stack beside the first: its own databases, topics and consumer group. */
    private final List<String> separation;
    private final SigningKeys keys;
    /** How the services check bearer tokens: the local stack's key, or an identity provider. */
    private final List<String> tokens;
    private final List<Instance> instances = new CopyOnWriteArrayList<>();
    private Instance command;
    private Instance query;

    private RunningServices(Class<?> testClass, String stack, String kafkaBootstrapServers, List<String> identityProvider) {
        String suffix = stack == null ? "" : "_" + stack;
        this.stack = stack;
        this.kafkaBootstrapServers = kafkaBootstrapServers == null ? infrastructure.kafkaBootstrapServers() : kafkaBootstrapServers;
        logDirectory = Path.of(System.getProperty("gp.it.logs", "target/it-logs"), testClass.getSimpleName() + suffix);
        keys = SigningKeys.inDirectory(logDirectory.resolve("keys"));
        tokens = identityProvider == null ? ServiceLaunch.localTokens(keys) : identityProvider;
        commandDatabase = LocalStack.COMMAND_DATABASE + suffix;
        queryDatabase = LocalStack.QUERY_DATABASE + suffix;
        separation = stack == null ? List.of() : List.of(
                "--gp.relay.topic=" + topic(),
                "--gp.kafka.topic=" + topic(),
                "--gp.kafka.dead-letter-topic=" + topic() + ".DLT",
                "--spring.kafka.consumer.group-id=" + consumerGroup());
    }

    /** Starts both and waits until both are healthy; the logs go to target/it-logs/TestClass/. */
    static RunningServices start(Class<?> testClass) {
        return start(new RunningServices(testClass, null, null, null));
    }

    /**
     * Another, empty stack beside the usual one, sharing the servers: databases {@code gp_command_<stack>}
     * and {@code gp_query_<stack>}, topic {@code gp.events.<stack>}, consumer group {@code gp-query-<stack>}.
     */
    static RunningServices startSeparate(Class<?> testClass, String stack) {
        return start(new RunningServices(testClass, stack, null, null));
    }

    /** A separate stack (as {@link #startSeparate(Class, String)}) whose services talk to another Kafka broker. */
    static RunningServices startSeparate(Class<?> testClass, String stack, String kafkaBootstrapServers) {
        return start(new RunningServices(testClass, stack, kafkaBootstrapServers, null));
    }

    /**
     * A separate stack (as {@link #startSeparate(Class, String)}) whose services check tokens with the arguments
     * {@code identityProvider} (issuer, key set, audience) instead of the local stack's key; it has no /dev/tokens.
     */
    static RunningServices startSeparate(Class<?> testClass, String stack, List<String> identityProvider) {
        return start(new RunningServices(testClass, stack, null, identityProvider));
    }

    private static RunningServices start(RunningServices services) {
        try {
            services.command = services.newInstance("command-service", services.commandDatabase, "command-service");
            services.query = services.newInstance("query-service", services.queryDatabase, "query-service");
            services.command.launch();
            services.query.launch();
            ServiceProcess.awaitAllHealthy(Map.of(
                    services.command.process, services.command.launch.healthUrl(),
                    services.query.process, services.query.launch.healthUrl()), STARTUP_TIMEOUT, service -> { });
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    URI command(String path) {
        return command.url(path);
    }

    URI query(String path) {
        return query.url(path);
    }

    /** The first command service, the one {@link #command(String)} addresses. */
    Instance commandService() {
        return command;
    }

    /** The first query service, the one {@link #query(String)} addresses. */
    Instance queryService() {
        return query;
    }

    /** One more command service on the same event store, started and healthy. */
    Instance addCommandService() {
        Instance another = newInstance("command-service", commandDatabase, "command-service-" + (count("command-service") + 1));
        another.restart();
        return another;
    }

    /** One more query service on the same database and in the same consumer group, started and healthy. */
    Instance addQueryService() {
        Instance another = newInstance("query-service", queryDatabase, "query-service-" + (count("query-service") + 1));
        another.restart();
        return another;
    }

    String topic() {
        return stack == null ? EventTopic.NAME : EventTopic.NAME + "." + stack;
    }

    String consumerGroup() {
        return stack == null ? QUERY_CONSUMER_GROUP : QUERY_CONSUMER_GROUP + "-" + stack;
    }

    /** A token from the command service's local-stack-only {@code POST /dev/tokens}. */
    String token(String subject, String country, String... roles) {
        String rolesJson = String.join(",", Arrays.stream(roles).map(role -> "\"" + role + "\"").toList());
        return new LocalTokens(command.launch.tokensUrl()).mint("{\"sub\":\"" + subject + "\",\"roles\":[" + rolesJson + "],"
                + "\"country\":" + (country == null ? "null" : "\"" + country + "\"") + "}");
    }

    /** A client that acts as the secretariat. */
    JsonHttp asSecretariat() {
        return new JsonHttp(token("it-secretariat", null, "SECRETARIAT"));
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    Connection commandDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(commandDatabase),
                infrastructure.username(), infrastructure.password());
    }

    Connection queryDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(queryDatabase),
                infrastructure.username(), infrastructure.password());
    }

    /** As a crash would: no shutdown, no last token update. */
    void killCommandService() {
        command.kill();
    }

    /** SIGTERM, as an operator stops it: a graceful shutdown. */
    void stopCommandService() {
        command.stop();
    }

    void restartCommandService() {
        command.restart();
    }

    /** As a crash would: no shutdown, no last offset commit. */
    void killQueryService() {
        query.kill();
    }

    void restartQueryService() {
        query.restart();
    }

    @Override
    public void close() {
        CompletableFuture.allOf(instances.stream()
                .map(instance -> CompletableFuture.runAsync(instance::stop))
                .toArray(CompletableFuture[]::new)).join();
    }

    private Instance newInstance(String service, String database, String logName) {
        Instance instance = new Instance(new ServiceLaunch(service, Ports.free(), database), logDirectory.resolve(logName + ".log"));
        instances.add(instance);
        return instance;
    }

    private long count(String service) {
        return instances.stream().filter(instance -> instance.launch.name().equals(service)).count();
    }

    /** One service process: its port and log stay the same across restarts. */
    final class Instance {

        private final ServiceLaunch launch;
        private final Path logFile;
        private volatile ServiceProcess process;

        private Instance(ServiceLaunch launch, Path logFile) {
            this.launch = launch;
            this.logFile = logFile;
        }

        URI url(String path) {
            return launch.baseUrl().resolve(path);
        }

        /** Starts the process without waiting for it to be healthy; {@code overrides} are added to its arguments. */
        void launch(String... overrides) {
            List<String> arguments = new ArrayList<>(launch.arguments(infrastructure.jdbcUrl(launch.database()),
                    infrastructure.username(), infrastructure.password(), kafkaBootstrapServers));
            arguments.addAll(tokens);
            arguments.addAll(separation);
            if (launch.name().equals("query-service")) {
                arguments.add("--gp.command-service.url=" + command.launch.baseUrl());
            }
            arguments.addAll(List.of(overrides));
            process = ServiceProcess.start(launch.jar(servicesDirectory), arguments, logFile);
        }

        void awaitHealthy() {
            process.waitUntilHealthy(launch.healthUrl(), STARTUP_TIMEOUT);
        }

        void restart() {
            launch();
            awaitHealthy();
        }

        /** SIGKILL, as a crash would. */
        void kill() {
            process.kill();
        }

        boolean isAlive() {
            return process != null && process.isAlive();
        }

        long pid() {
            return process.pid();
        }

        String name() {
            return logFile.getFileName().toString().replaceFirst("\\.log$", "");
        }

        private void stop() {
            if (process != null) {
                process.stop();
            }
        }

        @Override
        public String toString() {
            return name() + " (pid " + (process == null ? "-" : process.pid()) + ", " + launch.baseUrl() + ")";
        }
    }
}
