package org.gptracker.localstack;

import org.gptracker.infra.EmbeddedKafkaServer;
import org.gptracker.infra.EmbeddedPostgresServer;
import org.gptracker.infra.PortUnavailableException;
import org.gptracker.infra.Ports;
import org.gptracker.infra.SigningKeys;
import org.gptracker.localstack.demo.DemoLoader;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code ./run-local}: durable PostgreSQL and Kafka in this JVM's care, both services as child processes.
 * Stops everything in reverse order on Ctrl-C or SIGTERM.
 */
public final class LocalStack {

    static final String COMMAND_DATABASE = "gp_command";
    static final String QUERY_DATABASE = "gp_query";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final LocalStackOptions options;
    private final LocalData data;
    private final Path servicesDirectory;
    private final PrintStream out;
    private final List<ServiceLaunch> launches;
    private final LeftoverServices leftovers;
    private final CountDownLatch stopped = new CountDownLatch(1);

    // guarded by this: whatever has started so far, for stop()
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private boolean stopping;

    LocalStack(LocalStackOptions options, LocalData data, Path servicesDirectory, PrintStream out) {
        this.options = options;
        this.data = data;
        this.servicesDirectory = servicesDirectory;
        this.out = out;
        this.leftovers = new LeftoverServices(data.root());
        this.launches = List.of(
                new ServiceLaunch("command-service", options.commandPort(), COMMAND_DATABASE),
                new ServiceLaunch("query-service", options.queryPort(), QUERY_DATABASE));
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + System.lineSeparator());
            System.err.print(LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options, LocalData.fromSystemProperty(), servicesDirectory(), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (!stack.isStopping()) {
                stack.reportStartupFailure(e);
                System.err.println();
                stack.stop();
                System.exit(1);
            }
        }
        stack.awaitStopped();
    }

    void start() {
        long started = System.nanoTime();
        requireServiceJars();
        ServiceJava serviceJava = ServiceJava.chosen();
        out.println("GP Tracker local stack: data in " + data.root());
        stopWhatAKilledStackLeftRunning();
        requireFreePorts();
        if (options.fresh()) {
            data.wipe();
        }
        data.create();

        keep(timed("PostgreSQL 17", "127.0.0.1:" + options.postgresPort(),
                        () -> EmbeddedPostgresServer.start(data.postgres(), options.postgresPort(), true)),
                server -> postgres = server, EmbeddedPostgresServer::close);
        postgres.createDatabaseIfMissing(COMMAND_DATABASE);
        postgres.createDatabaseIfMissing(QUERY_DATABASE);
        keep(timed("Kafka (KRaft)", "127.0.0.1:" + options.kafkaPort(),
                        () -> EmbeddedKafkaServer.start(data.kafka(), options.kafkaPort(), 0)),
                server -> kafka = server, EmbeddedKafkaServer::close);

        SigningKeys keys = SigningKeys.inDirectory(data.keys());
        DashboardToken dashboardToken = new DashboardToken(data.dashboardToken());
        dashboardToken.withdraw();
        out.println("  starting command-service and query-service on " + serviceJava + " ...");
        for (ServiceLaunch launch : launches) {
            List<String> arguments = new ArrayList<>(launch.arguments(postgres.jdbcUrl(launch.database()),
                    postgres.username(), postgres.password(), kafka.bootstrapServers()));
            arguments.addAll(ServiceLaunch.localTokens(keys));
            if (launch.name().equals("query-service")) {
                // its consistency check asks the command service for the event store's positions
                arguments.add("--gp.command-service.url=" + launches.get(0).baseUrl());
                arguments.add(dashboardToken.argument());
            }
            keep(ServiceProcess.start(launch.jar(servicesDirectory), arguments, data.logs().resolve(launch.name() + ".log")),
                    services::add, ServiceProcess::kill);
        }
        leftovers.record(services);
        awaitHealthy();
        services.forEach(service -> service.onExit(() -> reportUnexpectedExit(service)));
        LocalTokens tokens = new LocalTokens(launches.get(0).tokensUrl());
        String token = tokens.mint("{\"sub\":\"local-secretariat\",\"roles\":[\"SECRETARIAT\"],\"validMinutes\":1440}");
        dashboardToken.mint(tokens);
        if (options.demo()) {
            try {
                new DemoLoader(launches.get(0).baseUrl(), launches.get(1).baseUrl(), token, out).load();
            } catch (LocalStackException e) {
                // the stack itself is up: keep it running, so what did load can be looked at
                System.err.println(System.lineSeparator() + "The demo did not load completely: " + e.getMessage());
            }
        }
        printReady(Duration.ofNanos(System.nanoTime() - started), token);
    }

    /** Idempotent; a second caller (Ctrl-C while a failed start is cleaning up) waits for the first. */
    void stop() {
        synchronized (this) {
            if (stopping) {
                awaitStopped();
                return;
            }
            stopping = true;
        }
        boolean anythingStarted = postgres != null;
        try {
            if (!services.isEmpty()) {
                out.println("Stopping the services ...");
                CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(service::stop))
                        .toArray(CompletableFuture[]::new)).join();
                leftovers.clear();
            }
            if (kafka != null) {
                out.println("Stopping Kafka ...");
                kafka.close();
            }
            if (postgres != null) {
                out.println("Stopping PostgreSQL ...");
                postgres.close();
            }
            if (anythingStarted) {
                out.println("Stopped.");
            }
        } finally {
            stopped.countDown();
        }
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireServiceJars() {
        for (ServiceLaunch launch : launches) {
            if (!Files.isRegularFile(launch.jar(servicesDirectory))) {
                throw new LocalStackException(launch.jar(servicesDirectory) + " is missing. Build it with"
                        + " './mvnw -B -DskipTests install' (./run-local does that when needed).");
            }
        }
    }

    /** After kill -9 the services and PostgreSQL keep running, holding the ports and the data. */
    private void stopWhatAKilledStackLeftRunning() {
        leftovers.stopAll(out);
        try {
            EmbeddedPostgresServer.stopLeftoverIn(data.postgres());
        } catch (IllegalStateException e) {
            throw new LocalStackException(e.getMessage() + ". Is another ./run-local using " + data.root() + "?");
        }
    }

    private void requireFreePorts() {
        for (LocalStackOptions.PortSetting setting : options.ports()) {
            try {
                Ports.requireAvailable(setting.port(), setting.usedFor());
            } catch (PortUnavailableException e) {
                throw new LocalStackException(e.getMessage() + ". Is another ./run-local still running?"
                        + " Stop it, or choose another port with " + setting.option() + " <port>.");
            }
        }
    }

    private <T> T timed(String what, String where, Supplier<T> starter) {
        out.print("  starting " + what + " on " + where + " ... ");
        out.flush();
        long started = System.nanoTime();
        T result = starter.get();
        out.printf("ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return result;
    }

    /** Hands a started part to stop(), or closes it at once if stop() has begun meanwhile. */
    private synchronized <T> void keep(T part, Consumer<T> assign, Consumer<T> close) {
        if (stopping) {
            close.accept(part);
            throw new LocalStackException("Stopped during startup");
        }
        assign.accept(part);
    }

    private void awaitHealthy() {
        long started = System.nanoTime();
        Map<ServiceProcess, URI> healthUrls = new LinkedHashMap<>();
        services.forEach(service -> healthUrls.put(service, launchOf(service).healthUrl()));
        ServiceProcess.awaitAllHealthy(healthUrls, STARTUP_TIMEOUT, service -> out.printf("  %s is up on %s (%.1f s)%n",
                service.name(), launchOf(service).baseUrl(), (System.nanoTime() - started) / 1e9));
    }

    private ServiceLaunch launchOf(ServiceProcess service) {
        return launches.stream().filter(launch -> launch.name().equals(service.name())).findFirst().orElseThrow();
    }

    private void reportUnexpectedExit(ServiceProcess service) {
        if (isStopping()) {
            return;
        }
        System.err.printf("%n%s exited unexpectedly with code %d; the rest keeps running (Ctrl-C stops it)."
                        + " Last lines of %s:%n%s%n", service.name(), service.exitValue(), service.logFile(),
                service.logTail(30));
    }

    private void printReady(Duration took, String token) {
        ServiceLaunch command = launches.get(0);
        ServiceLaunch query = launches.get(1);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + options.postgresPort() + "/";
        out.printf("%nReady in %.1f s.%n%n", took.toMillis() / 1000.0);
        out.println("  Command API   " + command.baseUrl() + "/api");
        out.println("  Query API     " + query.baseUrl() + "/api");
        out.println("  Dashboard     " + query.baseUrl() + "/  (signs in by itself with a VIEWER token, valid 7 days)");
        out.println("  Swagger UI    " + command.baseUrl() + "/swagger-ui.html");
        out.println("                " + query.baseUrl() + "/swagger-ui.html");
        out.println("  Health        " + command.healthUrl());
        out.println("                " + query.healthUrl());
        out.println("  PostgreSQL    " + jdbc + COMMAND_DATABASE + ", " + jdbc + QUERY_DATABASE
                + " (user " + postgres.username() + ", password " + postgres.password() + ")");
        out.println("  Kafka         " + kafka.bootstrapServers() + " (events on topic gp.events)");
        out.println("  Logs          " + services.get(0).logFile());
        out.println("                " + services.get(1).logFile());
        out.println("                " + data.logs().resolve("local-stack.log") + " (PostgreSQL, Kafka)");
        out.println();
        out.println("Every call needs a bearer token. A SECRETARIAT token (sub local-secretariat, valid 24 h):");
        out.println("  export GP_TOKEN=" + token);
        out.println("Mint others (roles SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER; country for RECIPIENT/DONOR):");
        out.println("  curl -s -X POST " + command.tokensUrl() + " -H 'Content-Type: application/json' "
                + "-d '{\"sub\":\"kenji\",\"roles\":[\"DONOR\"],\"country\":\"JP\"}'");
        out.println();
        out.println("Try it: propose a project, then read it back with the projectId from the answer:");
        out.println("  curl -X POST " + command.baseUrl() + "/api/projects -H \"Authorization: Bearer $GP_TOKEN\" "
                + "-H 'Content-Type: application/json' \\");
        out.println("    -d '{\"title\":\"Rebuild physical protection at the Chornobyl site\",\"recipients\":[\"UA\"],"
                + "\"area\":\"NUCLEAR\",\"requestedBudget\":{\"amount\":\"2500000.00\",\"currency\":\"EUR\"}}'");
        out.println("  curl -H \"Authorization: Bearer $GP_TOKEN\" " + query.baseUrl() + "/api/projects/<projectId>");
        out.println();
        out.println("Press Ctrl-C to stop everything.");
    }

    private void reportStartupFailure(RuntimeException e) {
        System.err.println();
        if (e instanceof LocalStackException || e instanceof ServiceStartupException) {
            System.err.println("Local stack did not start: " + e.getMessage());
        } else {
            LoggerFactory.getLogger(LocalStack.class).error("Local stack did not start", e);
            System.err.println("Local stack did not start: " + e + System.lineSeparator()
                    + "(the stack trace is in " + data.logs().resolve("local-stack.log") + ")");
        }
    }

    /** {@code services/} beside local-stack.jar (or beside target/classes when run from an IDE). */
    static Path servicesDirectory() {
        String configured = System.getProperty("gp.services.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String firstClassPathEntry = System.getProperty("java.class.path").split(File.pathSeparator)[0];
        return Path.of(firstClassPathEntry).toAbsolutePath().getParent().resolve("services");
    }
}
