package org.gptracker.benchmarks.loading;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.gptracker.benchmarks.portfolio.Portfolio;
import org.gptracker.reference.ReferenceData;
import org.gptracker.reference.ReferenceLoader;

/**
 * Loads a generated portfolio through the pipeline and measures it: records the partnership over
 * the command API, feeds the projects, waits for the read models to catch up and checks that the
 * command side accepts further commands on what was generated. Reusable by any benchmark that
 * needs a loaded system.
 */
public final class PortfolioLoad {

    public record Result(long projects, long events, double generationSeconds, double catchUpSeconds, boolean caughtUp,
                         long storedEvents, long appliedEvents, FollowUpCheck.Outcome followUp) {

        public double generationEventsPerSecond() {
            return events / generationSeconds;
        }

        /**
         * Events of this load per second from the first write into the store until the read models held them all:
         * the live pipeline (relay, Kafka, projections) carrying a bulk append. 0 for an empty load.
         */
        public double liveCatchUpEventsPerSecond() {
            double seconds = generationSeconds + catchUpSeconds;
            return events == 0 || seconds <= 0 ? 0 : events / seconds;
        }
    }

    private final GpHttp commands;
    private final ProjectFeed feed;
    private final CatchUp catchUp;
    private final PrintStream out;

    public PortfolioLoad(GpHttp commands, ProjectFeed feed, CatchUp catchUp, PrintStream out) {
        this.commands = commands;
        this.feed = feed;
        this.catchUp = catchUp;
        this.out = out;
    }

    /** One reference-data command: true when it stored something, false when a 409 says it was recorded before. */
    private boolean send(String path, Map<String, Object> body, Set<String> alreadyDone) {
        GpHttp.Answer answer = commands.post(path, body, null);
        if (answer.status() == 409 && alreadyDone.contains(answer.refusalCode())) {
            return false;
        }
        if (!answer.ok()) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return true;
    }

    public Result load(Portfolio portfolio, long first, long count, Duration catchUpTimeout) {
        int recorded = new ReferenceLoader(this::send).load(ReferenceData.shipped());
        out.printf("reference data %s: %d new commands (members, presidencies 2002-2025, suspension)%n", ReferenceData.VERSION,
                recorded);
        FedPortfolio fed;
        double generationSeconds;
        try (Progress progress = new Progress(out, count)) {
            fed = feed.feed(portfolio, first, count, progress);
            generationSeconds = progress.seconds();
        }
        out.printf("generated %,d projects, %,d events in %.1f s (%,.0f events/s)%n", fed.projects(), fed.events(),
                generationSeconds, fed.events() / generationSeconds);
        CatchUp.Caught caught = catchUp.await(catchUpTimeout, out);
        out.printf(caught.complete() ? "read models caught up after %.1f s (%,d events stored, %,d applied)%n"
                : "read models did NOT catch up within %.1f s (%,d events stored, %,d applied)%n",
                caught.seconds(), caught.stored(), caught.applied());
        FollowUpCheck.Outcome followUp = new FollowUpCheck(commands).run(fed);
        out.println((followUp.passed() ? "follow-up commands as expected:\n" : "FOLLOW-UP COMMANDS FAILED:\n") + followUp.report());
        return new Result(fed.projects(), fed.events(), generationSeconds, caught.seconds(), caught.complete(),
                caught.stored(), caught.applied(), followUp);
    }
}
