package org.gptracker.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gptracker.benchmarks.latency.LatencyReport;
import org.gptracker.benchmarks.latency.LatencyResult;
import org.gptracker.benchmarks.latency.LatencyRun;
import org.gptracker.benchmarks.latency.QueryCase;
import org.gptracker.benchmarks.latency.QueryCatalog;
import org.gptracker.benchmarks.latency.QuerySamples;
import org.gptracker.benchmarks.loading.GpHttp;

/** {@code queries}: the latency of each query, printed and written as queries.json and queries.md. */
final class QueriesCommand {

    private QueriesCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        Stack stack = Stack.from(args);
        int samples = args.count("samples", 200);
        int warmUp = (int) args.number("warm-up", 20);
        long seed = args.number("seed", 1);
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        String token = stack.token() != null ? stack.token()
                : GpHttp.devToken(stack.commandUrl(), "latency-benchmark", List.of("SECRETARIAT"));
        LatencyReport report = measure(stack, token, samples, warmUp, seed, out);
        out.println();
        out.print(report.table());
        out.println("reports: " + reports.write("queries.json", report.json()) + ", " + reports.write("queries.md", report.markdown()));
    }

    /** The query phase, shared with {@code all}. */
    static LatencyReport measure(Stack stack, String token, int samples, int warmUp, long seed, PrintStream out) {
        GpHttp queries = new GpHttp(stack.queryUrl(), token);
        List<QuerySamples.KnownProject> projects = QuerySamples.projects(stack.queryJdbcUrl(), stack.user(), stack.password(), 2000);
        QueryCatalog catalog = new QueryCatalog(queries, projects, seed);
        List<QueryCase> cases = catalog.cases();
        double loadBefore = loadAverage();
        out.printf("measuring %d queries, %d warm-up + %d samples each, one at a time%n", cases.size(), warmUp, samples);
        List<LatencyResult> results = new LatencyRun(queries, warmUp, samples).measure(cases, out);

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("queryUrl", stack.queryUrl().toString());
        settings.put("samples", samples);
        settings.put("warmUp", warmUp);
        settings.put("seed", seed);
        settings.put("projectsInReadModel", projectCount(queries));
        settings.put("processors", Runtime.getRuntime().availableProcessors());
        // other work on the machine shows in the figures: record how busy it was
        settings.put("loadAverage1mBefore", loadBefore);
        settings.put("loadAverage1mAfter", loadAverage());
        return new LatencyReport(results, settings, catalog.notes());
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private static Object projectCount(GpHttp queries) {
        GpHttp.Answer answer = queries.get("/api/projects?size=1");
        return answer.ok() ? answer.json().path("totalElements").asLong() : "unknown (GET /api/projects answered " + answer.status() + ")";
    }
}
