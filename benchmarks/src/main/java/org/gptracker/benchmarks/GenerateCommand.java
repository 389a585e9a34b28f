package org.gptracker.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gptracker.benchmarks.loading.CatchUp;
import org.gptracker.benchmarks.loading.EventStoreFeed;
import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.loading.HttpFeed;
import org.gptracker.benchmarks.loading.PortfolioLoad;
import org.gptracker.benchmarks.loading.ProjectFeed;
import org.gptracker.benchmarks.portfolio.Portfolio;

/** {@code generate}: loads a portfolio, reports how long writing and catching up took, writes generate.json. */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        Stack stack = Stack.from(args);
        long projects = args.number("projects", 1000);
        long first = args.number("first", 0);
        long seed = args.number("seed", 20020627);
        String via = args.text("via", "event-store");
        int clients = args.count("clients", 16);
        int eventsPerTransaction = args.count("batch-events", 1000);
        Duration catchUpTimeout = Duration.ofMinutes(args.number("catch-up-minutes", 60));
        String actor = args.text("actor", "portfolio-generator");
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        String token = stack.token() != null ? stack.token() : GpHttp.devToken(stack.commandUrl(), actor, List.of("SECRETARIAT"));
        GpHttp commands = new GpHttp(stack.commandUrl(), token);
        ProjectFeed feed = switch (via) {
            case "http" -> new HttpFeed(commands, clients);
            case "event-store" -> new EventStoreFeed(stack.commandJdbcUrl(), stack.user(), stack.password(), actor,
                    eventsPerTransaction);
            default -> throw new IllegalArgumentException("--via must be http or event-store, not '" + via + "'");
        };
        CatchUp catchUp = new CatchUp(stack.commandJdbcUrl(), stack.queryJdbcUrl(), stack.user(), stack.password());
        out.printf("generating projects %,d..%,d of portfolio %d via %s%n", first, first + projects - 1, seed, via);
        PortfolioLoad.Result result = new PortfolioLoad(commands, feed, catchUp, out)
                .load(new Portfolio(seed), first, projects, catchUpTimeout);

        out.printf("%nsummary: %,d projects, %,d events; generation %.1f s (%,.0f events/s); read models caught up %.1f s later; "
                        + "end to end %,.0f events/s%n", result.projects(), result.events(), result.generationSeconds(),
                result.generationEventsPerSecond(), result.catchUpSeconds(), result.liveCatchUpEventsPerSecond());
        out.println("report: " + reports.write("generate.json", json(result, seed, first, via, clients, eventsPerTransaction)));
        if (!result.caughtUp() || !result.followUp().passed()) {
            throw new IllegalStateException(!result.caughtUp() ? "the read models did not catch up in time"
                    : "the command service did not take the follow-up commands as expected");
        }
    }

    private static String json(PortfolioLoad.Result result, long seed, long first, String via, int clients, int batch) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("seed", seed);
        document.put("first", first);
        document.put("via", via);
        document.put(via.equals("http") ? "clients" : "eventsPerTransaction", via.equals("http") ? clients : batch);
        document.put("projects", result.projects());
        document.put("events", result.events());
        document.put("generationSeconds", result.generationSeconds());
        document.put("generationEventsPerSecond", result.generationEventsPerSecond());
        document.put("catchUpSeconds", result.catchUpSeconds());
        document.put("caughtUp", result.caughtUp());
        document.put("liveCatchUpEventsPerSecond", result.liveCatchUpEventsPerSecond());
        document.put("storedEvents", result.storedEvents());
        document.put("appliedEvents", result.appliedEvents());
        document.put("followUpPassed", result.followUp().passed());
        document.put("followUp", result.followUp().report());
        return Json.pretty(document);
    }
}
