package org.gptracker.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar benchmarks.jar <subcommand> [--option value ...]}: {@code generate} loads a
 * deterministic portfolio through the pipeline, {@code queries} measures query latency, {@code rebuild} measures a read-model rebuild.
 */
public final class Benchmarks {

    private static final String USAGE = """
            Usage: java -jar benchmarks.jar <all|generate|commands|queries|rebuild> [--option value ...]

            generate  loads a deterministic portfolio (presidencies 2002-2025, members, projects) and waits
                      until the read models hold it
              --projects N          projects to generate (default 1000)
              --first N             index of the first project (default 0; to extend an earlier load)
              --seed N              portfolio seed (default 20020627)
              --via http|event-store  commands over HTTP, or rows appended to the event store (default event-store)
              --clients N           concurrent HTTP clients for --via http (default 16)
              --batch-events N      events per event-store transaction, whole projects (default 1000)
              --catch-up-minutes N  how long to wait for the read models (default 60)
              --actor NAME          the actor recorded on generated events (default portfolio-generator)

            commands  the command phase of all, alone, against the running stack: lifecycle commands from N
                      clients after an unmeasured warm-up of the same mix; commands/s, p50/p99 and the command
                      service's CPU ms per accepted command (its process found by port); writes commands.json
              --clients N           concurrent HTTP clients (default 16)
              --seconds N           measured time (default 60)
              --warm-up-seconds N   unmeasured load first (default 20; 0 for none)
              --command-pid N       the command service's process (default: found by its command line and port)
              --seed N              command-mix seed (default 20020627)

            queries   measures p50/p99/max of each query against the running query service
              --samples N           measured calls per query (default 200)
              --warm-up N           unmeasured calls per query first (default 20)
              --seed N              seed of the random ids, years and filters (default 1)

            rebuild   starts POST /admin/rebuild on the running query service and follows it to the end:
                      records/s, wall time, the query service's peak resident memory, query answers meanwhile
              --query-pid N         the query service's process (default: found by its command line and port)
              --timeout-minutes N   how long to follow it (default 60)

            all       every phase in one run: starts a local stack on a fresh data directory (unless --command-url
                      names a running one), appends a portfolio to the event store until the read models hold
                      it, measures PostgreSQL's raw single-row insert rate, the command load with freshness at
                      full and half load, the command side at saturation (relay lag sampled), the stack's CPU
                      per command, a rebuild, the queries and GET /api/audit/verify; prints the table, writes
                      report.json and report.md, stops the stack
              --local-stack JAR     local-stack.jar to start (default local-stack/target/local-stack.jar)
              --data DIR            its data directory, emptied first (default: stack-data/ in the report directory)
              --projects N          portfolio appended to the event store: the log to rebuild, the projects to
                                    query (default 100000, the ~1,000,000-event log; 1000 for a quick run)
              --first N             index of the first project (default 0; on a running stack that holds some)
              --clients N           concurrent HTTP clients of the command load, and raw-insert connections (default 16)
              --seconds N           command load at full load (default 60)
              --warm-up-seconds N   the same command mix first, unmeasured, on the JVMs fresh from the
                                    portfolio load (default 20; 0 for none)
              --half-load-seconds N command load with half the clients (default 30)
              --saturation-clients N / --saturation-seconds N   the saturation phase (default 32 / 30)
              --ports FIRST-LAST    the ports the local stack may take (default 20000-32000)
              --raw-seconds N       raw insert measurement (default 20)
              --freshness-watchers N  0 (default): every command is followed to the query side through its
                                    live stream (GET /api/stream); N: a sample, by N threads polling
                                    GET /api/projects/{id}
              --poll-ms N           how often a polling watcher asks the query side (default 5)
              --query-samples N / --query-warm-up N   per query (default 200 / 20)
              --timeout-minutes N   longest wait for catching up and for the rebuild (default 30)
              --seed N              portfolio and command-mix seed (default 20020627)

            every subcommand
                      --command-url (http://127.0.0.1:8081) --query-url (http://127.0.0.1:8082)
                      --postgres host:port (127.0.0.1:15432) --db-user/--db-password (postgres)
                      --token JWT (default: minted by the command service's /dev/tokens, local-stack only)
                      --out DIR (default: benchmark/ next to benchmarks.jar)
            """;

    private Benchmarks() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            System.out.print(USAGE);
            return;
        }
        Arguments options;
        try {
            options = new Arguments(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        try {
            switch (args[0]) {
                case "generate" -> GenerateCommand.run(options, System.out);
                case "commands" -> CommandsCommand.run(options, System.out);
                case "queries" -> QueriesCommand.run(options, System.out);
                case "rebuild" -> RebuildCommand.run(options, System.out);
                case "all" -> AllCommand.run(options, System.out);
                default -> fail("unknown subcommand '" + args[0] + "'");
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            fail(e.getMessage() + ": " + e.getCause());
        }
    }

    private static void fail(String message) {
        System.err.println("benchmarks: " + message);
        System.err.println("(java -jar benchmarks.jar --help lists the options)");
        System.exit(2);
    }
}
