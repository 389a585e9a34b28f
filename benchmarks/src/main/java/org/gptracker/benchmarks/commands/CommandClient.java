package org.gptracker.benchmarks.commands;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gptracker.benchmarks.freshness.FreshnessProbe;
import org.gptracker.benchmarks.loading.GpHttp;

/**
 * One HTTP client of the command load: drives one project after another through a drawn lifecycle
 * until the deadline, so every command it sends is valid. A refused or failed command ends that
 * project (its later steps would be refused too) and the client starts the next one.
 */
final class CommandClient implements Runnable {

    private final GpHttp commands;
    private final Random random;
    private final long deadlineNanos;
    private final CommandTally tally;
    private final FreshnessProbe freshness;

    CommandClient(GpHttp commands, Random random, long deadlineNanos, CommandTally tally, FreshnessProbe freshness) {
        this.commands = commands;
        this.random = random;
        this.deadlineNanos = deadlineNanos;
        this.tally = tally;
        this.freshness = freshness;
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos) {
            drive(LifecycleScript.draw(random));
        }
    }

    void drive(List<LifecycleScript.Step> script) {
        String projectId = null;
        List<String> offerIds = new ArrayList<>();
        for (int index = 0; index < script.size() && System.nanoTime() < deadlineNanos; index++) {
            LifecycleScript.Step step = script.get(index);
            String date = LifecycleScript.dateOf(index).toString();
            String path = projectId == null ? "/api/projects" : "/api/projects/" + projectId;
            Map<String, Object> body = body("effectiveDate", date);
            if (step instanceof LifecycleScript.Propose p) {
                body.putAll(body("title", "Benchmark project", "recipients", List.of(p.recipient()), "area", p.area(),
                        "requestedBudget", euros(p.budgetEuros())));
            } else if (step instanceof LifecycleScript.Offer o) {
                path += "/offers";
                body.putAll(body("donor", o.donor(), "kind", "FUNDS", "amount", euros(o.euros())));
            } else if (step instanceof LifecycleScript.Accept a) {
                path += "/offers/" + offerIds.get(a.offer()) + "/accept";
            } else if (step instanceof LifecycleScript.Commit c) {
                path += "/commitments";
                body.putAll(body("donor", c.donor(), "amount", euros(c.euros())));
            } else if (step instanceof LifecycleScript.Disburse d) {
                path += "/disbursements";
                body.putAll(body("donor", d.donor(), "amount", euros(d.euros())));
            } else {
                path += "/close";
                body.put("outcome", "COMPLETED");
            }
            GpHttp.Answer answer = send(path, body);
            if (answer == null) {
                return;
            }
            if (step instanceof LifecycleScript.Propose) {
                projectId = answer.json().path("projectId").asText();
            } else if (step instanceof LifecycleScript.Offer) {
                offerIds.add(answer.json().path("offerId").asText());
            }
            // one command stores one event: the project's version is the index of the step
            freshness.offer(projectId, index, System.nanoTime());
        }
    }

    /** The answer to an accepted command, or null when it was refused or failed (counted). */
    private GpHttp.Answer send(String path, Map<String, Object> body) {
        long started = System.nanoTime();
        GpHttp.Answer answer;
        try {
            answer = commands.post(path, body, null);
        } catch (UncheckedIOException e) {
            tally.failed(0, "POST " + path + ": " + e.getMessage());
            return null;
        }
        if (!answer.ok()) {
            String problem = answer.body() == null ? "" : answer.body();
            tally.failed(answer.status(), "POST " + path + " -> " + answer.status() + " "
                    + (problem.length() > 300 ? problem.substring(0, 300) + "…" : problem));
            return null;
        }
        tally.accepted(kindOf(path), (System.nanoTime() - started) / 1000);
        return answer;
    }

    static String kindOf(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return switch (last) {
            case "projects" -> "propose";
            case "offers" -> "offer";
            case "accept" -> "accept";
            case "commitments" -> "commit";
            case "disbursements" -> "disburse";
            case "close" -> "close";
            default -> last;
        };
    }

    private static Map<String, Object> euros(long amount) {
        return body("amount", amount + ".00", "currency", "EUR");
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
