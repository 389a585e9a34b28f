package org.gptracker.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.reference.ReferenceData;
import org.gptracker.reference.ReferenceLoader;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./run-local --demo}: the reference data and the demo portfolio, loaded through the command
 * API as a secretariat user would, then the 2023 presidency as the query side reports it. Safe to
 * run again: what is already recorded is left as it is.
 */
public final class DemoLoader {

    private final CommandApi api;
    private final PrintStream out;

    public DemoLoader(URI commandBase, URI queryBase, String secretariatToken, PrintStream out) {
        this.api = new CommandApi(commandBase, queryBase, secretariatToken);
        this.out = out;
    }

    /** Only the members, presidencies and priorities: what an empty stack needs before history is imported into it. */
    public void loadReferenceData() {
        ReferenceData data = ReferenceData.shipped();
        int stored = new ReferenceLoader((path, body, alreadyDone) -> api.send(path, body, alreadyDone).status() / 100 == 2)
                .load(data);
        out.printf("  reference data %s: %d members, %d presidencies (%d-%d), %d priorities; %d new commands%n",
                ReferenceData.VERSION, data.members().size(), data.presidencies().size(), data.presidencies().get(0).year(),
                data.presidencies().get(data.presidencies().size() - 1).year(), data.priorities().size(), stored);
    }

    public void load() {
        long started = System.nanoTime();
        out.println("Loading the demo ...");
        loadReferenceData();
        List<LifecycleRow> portfolio = DemoPortfolio.rows();
        new ImportClient(api, out).run("demo portfolio (" + portfolio.size() + " steps)", "text/csv",
                LifecycleRow.csv(portfolio).getBytes(StandardCharsets.UTF_8));
        JsonNode presidency = awaitPresidency2023();
        out.printf("  2023 (%s): %d projects funded across %d recipient states; loaded in %.1f s%n",
                presidency.path("chair").asText(), presidency.path("counts").path("funded").asLong(),
                presidency.path("recipientStates").asLong(), (System.nanoTime() - started) / 1e9);
    }

    /** The query side catches up a moment after the commands: wait until it shows every 2023 funding. */
    private JsonNode awaitPresidency2023() {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode presidency = null;
        while (System.nanoTime() < deadline) {
            CommandApi.Answer answer = api.getQuery("/api/presidencies/2023");
            presidency = answer.body();
            if (answer.status() == 200 && presidency.path("counts").path("funded").asLong() >= DemoPortfolio.FUNDED_IN_2023) {
                return presidency;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return presidency == null ? api.getQuery("/api/presidencies/2023").body() : presidency;
    }
}
