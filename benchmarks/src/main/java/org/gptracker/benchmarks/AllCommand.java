package org.gptracker.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.gptracker.benchmarks.audit.AuditVerify;
import org.gptracker.benchmarks.commands.CommandLoad;
import org.gptracker.benchmarks.cpu.StackCpu;
import org.gptracker.benchmarks.latency.LatencyReport;
import org.gptracker.benchmarks.latency.LatencyResult;
import org.gptracker.benchmarks.loading.CatchUp;
import org.gptracker.benchmarks.loading.EventStoreFeed;
import org.gptracker.benchmarks.loading.FedPortfolio;
import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.loading.PortfolioLoad;
import org.gptracker.benchmarks.loading.ProjectFeed;
import org.gptracker.benchmarks.portfolio.Portfolio;
import org.gptracker.benchmarks.postgres.RawInsertLimit;
import org.gptracker.benchmarks.rebuild.ProcessMemory;
import org.gptracker.benchmarks.rebuild.RebuildRun;
import org.gptracker.benchmarks.relay.RelayLagSampler;
import org.gptracker.benchmarks.report.BenchmarkReport;
import org.gptracker.benchmarks.report.Figures;
import org.gptracker.benchmarks.report.Machine;

/**
 * {@code all}: every phase in one run — a portfolio appended to the event store (the log to rebuild and the
 * projects to query; 100,000 projects by default), PostgreSQL's raw insert rate, the command load with freshness at
 * full and half load, the command side at saturation (32 clients, the relay's lag sampled), the rebuild, the query
 * latencies and the audit verification — on a local stack it starts on a fresh data directory, or on a running one
 * ({@code --command-url}); prints the table and writes report.json and report.md.
 */
final class AllCommand {

    /**
     * The unmeasured load before the commands phase: the services come to it straight from the portfolio load, which
     * sent them no command, and the JIT's compilation of the command path would otherwise count in its CPU per command.
     */
    static final long WARM_UP_SECONDS = 20;

    private final Map<String, Object> phases = new LinkedHashMap<>();
    private final PrintStream out;
    /** Every process of the local stack, or null when the stack runs elsewhere. */
    private StackCpu stackCpu;

    private AllCommand(PrintStream out) {
        this.out = out;
    }

    static void run(Arguments args, PrintStream out) {
        boolean running = args.text("command-url", null) != null;
        Stack given = Stack.from(args);
        Path localStackJar = Path.of(args.text("local-stack", "local-stack/target/local-stack.jar"));
        String data = args.text("data", null);
        // --ports 21000-21999: the ports the local stack may take (default 20000-32000)
        String[] ports = args.text("ports", "20000-32000").split("-");
        int clients = args.count("clients", 16);
        Duration commandTime = Duration.ofSeconds(args.count("seconds", 60));
        Duration warmUpTime = Duration.ofSeconds(args.number("warm-up-seconds", WARM_UP_SECONDS));
        Duration halfLoadTime = Duration.ofSeconds(args.count("half-load-seconds", 30));
        Duration rawTime = Duration.ofSeconds(args.count("raw-seconds", 20));
        // the ≈1,000,000-event log; --projects 1000 (≈10,000 events) for a quick run
        long projects = args.number("projects", 100_000);
        int saturationClients = args.count("saturation-clients", 32);
        Duration saturationTime = Duration.ofSeconds(args.count("saturation-seconds", 30));
        long first = args.number("first", 0);
        long seed = args.number("seed", 20020627);
        // 0: every command followed through the live stream; N > 0: a sample, by N pollers
        int watchers = (int) args.number("freshness-watchers", 0);
        Duration pollEvery = Duration.ofMillis(args.count("poll-ms", 5));
        int querySamples = args.count("query-samples", 200);
        int queryWarmUp = (int) args.number("query-warm-up", 20);
        Duration waitAtMost = Duration.ofMinutes(args.count("timeout-minutes", 30));
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        Instant started = Instant.now();
        LocalStackProcess local = running ? null
                : LocalStackProcess.start(localStackJar, data != null ? Path.of(data) : reports.directory().resolve("stack-data"),
                Integer.parseInt(ports[0].trim()), Integer.parseInt(ports[1].trim()), out);
        try {
            Stack stack = running ? given : local.stack();
            StackCpu cpu = local == null ? null : local.cpu().orElse(null);
            if (local != null && cpu == null) {
                out.println("no stack CPU figures: PostgreSQL's postmaster.pid was not found in the stack's data directory");
            }
            new AllCommand(out).phases(stack, reports, new Settings(clients, warmUpTime, commandTime, halfLoadTime, rawTime, projects, first, seed,
                    watchers, pollEvery, querySamples, queryWarmUp, waitAtMost, saturationClients, saturationTime), started, cpu);
        } finally {
            if (local != null) {
                out.println("stopping the local stack");
                local.close();
            }
        }
        out.printf("done in %.1f min%n", Duration.between(started, Instant.now()).toSeconds() / 60.0);
    }

    private record Settings(int clients, Duration warmUpTime, Duration commandTime, Duration halfLoadTime, Duration rawTime, long projects, long first,
                            long seed, int watchers, Duration pollEvery, int querySamples, int queryWarmUp, Duration waitAtMost,
                            int saturationClients, Duration saturationTime) {
    }

    private void phases(Stack stack, ReportDirectory reports, Settings settings, Instant started, StackCpu stackCpu) {
        this.stackCpu = stackCpu;
        String token = stack.token() != null ? stack.token()
                : GpHttp.devToken(stack.commandUrl(), "benchmark", List.of("SECRETARIAT"));
        GpHttp commands = new GpHttp(stack.commandUrl(), token);
        CatchUp catchUp = new CatchUp(stack.commandJdbcUrl(), stack.queryJdbcUrl(), stack.user(), stack.password());

        // --projects 0 (a running stack that holds its data already): the reference data only
        ProjectFeed feed = settings.projects() == 0 ? (portfolio, first, count, progress) -> new FedPortfolio(0, 0, null, null)
                : new EventStoreFeed(stack.commandJdbcUrl(), stack.user(), stack.password(), "portfolio-generator", 1000);
        PortfolioLoad.Result loaded = phase("portfolio", () -> new PortfolioLoad(commands, feed, catchUp, out)
                .load(new Portfolio(settings.seed()), settings.first(), settings.projects(), settings.waitAtMost()), result -> Map.of(
                "projects", result.projects(), "events", result.events(), "generationSeconds", result.generationSeconds(),
                "catchUpSeconds", result.catchUpSeconds(), "caughtUp", result.caughtUp(), "storedEvents", result.storedEvents(),
                "liveCatchUpEventsPerSecond", result.liveCatchUpEventsPerSecond()));
        if (!loaded.caughtUp()) {
            throw new IllegalStateException("the read models did not catch up with the generated portfolio within " + settings.waitAtMost());
        }

        RawInsertLimit.Result raw = phase("rawPgInsert", () -> new RawInsertLimit(stack.postgresHostPort(), stack.user(), stack.password())
                .measure(settings.clients(), settings.rawTime()), RawInsertLimit.Result::asMap);
        out.printf("PostgreSQL took %,.0f single-row insert transactions/s on %d connections (%s)%n", raw.transactionsPerSecond(),
                raw.connections(), raw.settings());

        ProcessMemory commandService = localProcess("command-service", stack.commandUrl().getPort());
        ProcessMemory queryService = localProcess("query-service", stack.queryUrl().getPort());
        CommandLoad load = new CommandLoad(stack.commandUrl(), stack.queryUrl(), token, settings.watchers(), settings.pollEvery());
        if (!settings.warmUpTime().isZero()) {
            // the same mix, not counted: the measured phase starts on warm JVMs and a read side that has caught up
            phase("commandsWarmUp", () -> load.run(settings.clients(), settings.warmUpTime(), settings.seed() + 3, out),
                    CommandLoad.Result::asMap, commandService, queryService);
            awaitCatchUp("catchUpAfterWarmUp", catchUp, settings);
        }
        CommandLoad.Result full = phase("commands", () -> load.run(settings.clients(), settings.commandTime(), settings.seed(), out),
                CommandLoad.Result::asMap, commandService, queryService);
        costPerCommand("commands", full);
        // the half-load figures start from a query side that has caught up, not from the full load's backlog
        awaitCatchUp("catchUpAfterFullLoad", catchUp, settings);
        int halfClients = Math.max(1, settings.clients() / 2);
        CommandLoad.Result half = phase("commandsHalfLoad", () -> load.run(halfClients, settings.halfLoadTime(), settings.seed() + 1, out),
                CommandLoad.Result::asMap, commandService, queryService);

        costPerCommand("commandsHalfLoad", half);
        awaitCatchUp("catchUpAfterHalfLoad", catchUp, settings);

        // as many commands as the command side accepts, every one followed to the live stream, the relay's lag sampled
        RelayLagSampler[] relayLag = new RelayLagSampler[1];
        CommandLoad stream = new CommandLoad(stack.commandUrl(), stack.queryUrl(), token, 0, settings.pollEvery());
        CommandLoad.Result saturation = phase("saturation", () -> {
            try (RelayLagSampler sampler = RelayLagSampler.start(stack.commandJdbcUrl(), stack.user(), stack.password(),
                    Duration.ofMillis(100))) {
                relayLag[0] = sampler;
                return stream.run(settings.saturationClients(), settings.saturationTime(), settings.seed() + 2, out);
            }
        }, result -> {
            Map<String, Object> map = new LinkedHashMap<>(result.asMap());
            map.put("relayLagMaxEvents", relayLag[0].maxLagEvents());
            map.put("relayLagSamples", relayLag[0].samples());
            if (relayLag[0].failure() != null) {
                map.put("relayLagSamplingFailed", relayLag[0].failure());
            }
            return map;
        }, commandService, queryService);
        costPerCommand("saturation", saturation);
        out.printf("the relay was at most %,d events behind the store%n", relayLag[0].maxLagEvents());
        awaitCatchUp("catchUpBeforeRebuild", catchUp, settings);
        RebuildRun.Result rebuilt = phase("rebuild", () -> RebuildCommand.rebuild(stack, token, 0, settings.waitAtMost(), out),
                RebuildRun.Result::report);
        if (!rebuilt.completed()) {
            throw new IllegalStateException("the rebuild ended " + rebuilt.state() + ": " + rebuilt.failure());
        }

        LatencyReport queries = phase("queries", () -> QueriesCommand.measure(stack, token, settings.querySamples(),
                settings.queryWarmUp(), 1, out), LatencyReport::settings);
        reports.write("queries.json", queries.json());
        reports.write("queries.md", queries.markdown());

        Map<String, Double> queryP99 = new LinkedHashMap<>();
        long queryErrors = 0;
        for (LatencyResult result : queries.results()) {
            queryP99.put(result.query().name(), result.millisAt(99));
            queryErrors += result.errors();
        }
        AuditVerify.Result verified = phase("auditVerify", () -> new AuditVerify(commands).run(), AuditVerify.Result::asMap);
        out.println(verified.unavailable() != null ? "audit verification unavailable: " + verified.unavailable()
                : String.format("verified %,d events of %,d aggregates in %.1f s (%,.0f events/s), verified=%s", verified.events(),
                        verified.aggregates(), verified.seconds(), verified.eventsPerSecond(), verified.verified()));

        long neverSeen = full.freshness().neverSeen() + half.freshness().neverSeen() + saturation.freshness().neverSeen();
        phases.put("errorsBySource", Map.of("commands", full.errors(), "commandsHalfLoad", half.errors(), "saturation", saturation.errors(),
                "queries", queryErrors, "freshnessNeverSeen", neverSeen));
        phases.put("settings", settings(settings, stack));
        Figures figures = new Figures(raw.transactionsPerSecond(), full.commandsPerSecond(), full.latency().p50Ms(),
                full.latency().p99Ms(), full.latency().maxMs(), full.freshness().visibleAfter().p50Ms(),
                full.freshness().visibleAfter().p99Ms(), full.freshness().visibleAfter().maxMs(),
                half.freshness().visibleAfter().p50Ms(), half.freshness().visibleAfter().p99Ms(), half.freshness().visibleAfter().maxMs(),
                rebuilt.eventsPerSecond(), rebuilt.peakRssMb(), queryP99,
                full.errors() + half.errors() + saturation.errors() + queryErrors + neverSeen,
                new Figures.Pipeline(loaded.liveCatchUpEventsPerSecond(), saturation.commandsPerSecond(),
                        saturation.freshness().visibleAfter().p99Ms(), relayLag[0].maxLagEvents(), stackCpuPerCommand(full),
                        verified.eventsPerSecond()));
        BenchmarkReport report = new BenchmarkReport(figures,
                Machine.describe(Optional.ofNullable(commandService).flatMap(ProcessMemory::javaRuntime)), started.toString(), phases);
        out.println();
        out.print(report.table());
        out.println("load average (1m 5m 15m) at the end: " + Machine.loadAverage());
        out.println("reports: " + reports.write("report.json", Json.pretty(report.document())) + ", "
                + reports.write("report.md", report.markdown()));
    }

    /** The service's process on this machine, or null (no CPU figures) when it runs elsewhere. */
    private ProcessMemory localProcess(String service, int port) {
        try {
            return ProcessMemory.find(List.of(service, "--server.port=" + port));
        } catch (IllegalStateException notHere) {
            out.println("no CPU figures for the " + service + ": " + notHere.getMessage());
            return null;
        }
    }

    /** Prints what the load achieved and, with the services on this machine, what a command cost the command service. */
    @SuppressWarnings("unchecked")
    private void costPerCommand(String phase, CommandLoad.Result load) {
        out.printf("%,.1f commands/s, p50 %.1f ms, p99 %.1f ms, %d errors; freshness p50 %.1f ms, p99 %.1f ms (%d samples)%n",
                load.commandsPerSecond(), load.latency().p50Ms(), load.latency().p99Ms(), load.errors(),
                load.freshness().visibleAfter().p50Ms(), load.freshness().visibleAfter().p99Ms(), load.freshness().visibleAfter().count());
        Map<String, Object> recorded = (Map<String, Object>) phases.get(phase);
        if (recorded.get("commandServiceCpuSeconds") instanceof Double cpuSeconds) {
            double perCommand = cpuSeconds * 1000 / Math.max(1, load.accepted());
            recorded.put("commandServiceCpuMsPerCommand", perCommand);
            out.printf("the command service used %.1f ms of CPU per accepted command, the query service %.1f s of CPU in all%n",
                    perCommand, (double) recorded.get("queryServiceCpuSeconds"));
        }
    }

    /** The CPU time of every process of the stack per command accepted at full load, null when not measured. */
    @SuppressWarnings("unchecked")
    private Double stackCpuPerCommand(CommandLoad.Result load) {
        Map<String, Object> recorded = (Map<String, Object>) phases.get("commands");
        if (!(recorded.get("stackCpuSeconds") instanceof Double cpuSeconds)) {
            return null;
        }
        double perCommand = cpuSeconds * 1000 / Math.max(1, load.accepted());
        recorded.put("stackCpuMsPerCommand", perCommand);
        return perCommand;
    }

    private void awaitCatchUp(String name, CatchUp catchUp, Settings settings) {
        CatchUp.Caught caught = phase(name, () -> catchUp.await(settings.waitAtMost(), out), c -> Map.of(
                "complete", c.complete(), "stored", c.stored(), "applied", c.applied(), "seconds", c.seconds()));
        if (!caught.complete()) {
            throw new IllegalStateException("the read models did not catch up with the command load within " + settings.waitAtMost());
        }
    }

    private interface Details<T> {
        Map<String, Object> of(T result);
    }

    /** Runs one phase, recording its details, wall time and the machine's load average before and after. */
    private <T> T phase(String name, Supplier<T> work, Details<T> details) {
        return phase(name, work, details, null, null);
    }

    /**
     * The same, with the CPU time each service used meanwhile: on a shared machine that, not the wall time,
     * says what a command costs the service.
     */
    private <T> T phase(String name, Supplier<T> work, Details<T> details, ProcessMemory commandService, ProcessMemory queryService) {
        out.printf("%n== %s (load average %s)%n", name, Machine.loadAverage());
        String loadBefore = Machine.loadAverage();
        long commandCpu = commandService == null ? 0 : commandService.cpuMillis().orElse(0);
        long allCpu = stackCpu == null ? 0 : stackCpu.cpuMillis().orElse(0);
        long queryCpu = queryService == null ? 0 : queryService.cpuMillis().orElse(0);
        long started = System.nanoTime();
        T result = work.get();
        Map<String, Object> recorded = new LinkedHashMap<>(details.of(result));
        recorded.put("phaseSeconds", (System.nanoTime() - started) / 1e9);
        recorded.put("loadAverageBefore", loadBefore);
        recorded.put("loadAverageAfter", Machine.loadAverage());
        if (commandService != null && queryService != null) {
            recorded.put("commandServiceCpuSeconds", (commandService.cpuMillis().orElse(0) - commandCpu) / 1000.0);
            recorded.put("queryServiceCpuSeconds", (queryService.cpuMillis().orElse(0) - queryCpu) / 1000.0);
        }
        if (stackCpu != null && commandService != null) {
            recorded.put("stackCpuSeconds", (stackCpu.cpuMillis().orElse(0) - allCpu) / 1000.0);
        }
        phases.put(name, recorded);
        return result;
    }

    private static Map<String, Object> settings(Settings settings, Stack stack) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("commandUrl", stack.commandUrl().toString());
        map.put("queryUrl", stack.queryUrl().toString());
        map.put("postgres", stack.postgresHostPort());
        map.put("clients", settings.clients());
        map.put("commandWarmUpSeconds", settings.warmUpTime().toSeconds());
        map.put("commandSeconds", settings.commandTime().toSeconds());
        map.put("halfLoadClients", Math.max(1, settings.clients() / 2));
        map.put("halfLoadSeconds", settings.halfLoadTime().toSeconds());
        map.put("rawInsertSeconds", settings.rawTime().toSeconds());
        map.put("portfolioProjects", settings.projects());
        map.put("saturationClients", settings.saturationClients());
        map.put("saturationSeconds", settings.saturationTime().toSeconds());
        map.put("saturationFreshnessVia", "GET /api/stream");
        map.put("stackCpu", "every process of the local stack (its JVM with the Kafka broker, both service JVMs, PostgreSQL's "
                + "postmaster and its processes), from /proc/<pid>/stat");
        map.put("seed", settings.seed());
        map.put("freshnessVia", settings.watchers() > 0 ? "polling GET /api/projects/{id}" : "GET /api/stream");
        map.put("freshnessWatchers", settings.watchers());
        map.put("freshnessPollMs", settings.pollEvery().toMillis());
        map.put("querySamples", settings.querySamples());
        map.put("queryWarmUp", settings.queryWarmUp());
        return map;
    }
}
