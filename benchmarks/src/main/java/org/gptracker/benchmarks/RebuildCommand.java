package org.gptracker.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.gptracker.benchmarks.latency.QuerySamples;
import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.rebuild.ProcessMemory;
import org.gptracker.benchmarks.rebuild.RebuildRun;

/**
 * {@code rebuild}: starts a rebuild of the running query service's read models and follows it to the end,
 * measuring its rate, the query service's resident memory and the answers to queries meanwhile; writes rebuild.json.
 */
final class RebuildCommand {

    private RebuildCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        Stack stack = Stack.from(args);
        long pid = args.number("query-pid", 0);
        Duration timeout = Duration.ofMinutes(args.number("timeout-minutes", 60));
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        String token = stack.token() != null ? stack.token()
                : GpHttp.devToken(stack.commandUrl(), "rebuild-benchmark", List.of("SECRETARIAT"));
        RebuildRun.Result result = rebuild(stack, token, pid, timeout, out);
        String json = Json.pretty(result.report());
        out.println(json);
        out.println("report: " + reports.write("rebuild.json", json));
        if (!result.completed()) {
            throw new IllegalStateException("the rebuild ended " + result.state() + ": " + result.failure());
        }
    }

    /** The rebuild phase, shared with {@code all}: the query service found by its port unless {@code pid} names it. */
    static RebuildRun.Result rebuild(Stack stack, String token, long pid, Duration timeout, PrintStream out) {
        ProcessMemory memory = pid > 0 ? ProcessMemory.of(pid)
                : ProcessMemory.find(List.of("query-service", "--server.port=" + stack.queryUrl().getPort()));
        List<String> projectIds = QuerySamples.projects(stack.queryJdbcUrl(), stack.user(), stack.password(), 500).stream()
                .map(QuerySamples.KnownProject::projectId).toList();
        GpHttp query = new GpHttp(stack.queryUrl(), token);
        out.printf("rebuild on %s%n", stack.queryUrl());
        return new RebuildRun(query, memory, projectIds, timeout).run(new GpHttp(stack.queryUrl(), token), out);
    }
}
