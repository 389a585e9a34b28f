package org.gptracker.benchmarks.loading;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gptracker.benchmarks.portfolio.GeneratedProject;
import org.gptracker.events.GpEvent;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;

/**
 * Replays one generated project as the commands that would have caused its events, using the ids
 * the command service answers (a project's and an offer's id are the server's, not the generator's).
 * Every command carries an idempotency key derived from the seed, the project and the step, so a
 * re-run gets the first answers back and stores nothing twice.
 */
final class ProjectCommands {

    private final GpHttp commands;
    private final String keyPrefix;

    ProjectCommands(GpHttp commands, long seed) {
        this.commands = commands;
        this.keyPrefix = "portfolio-" + seed + "-";
    }

    /** Sends every step; answers the project's id on the command side. */
    String send(GeneratedProject project) {
        Map<String, String> offerIds = new HashMap<>();
        String projectId = null;
        List<GpEvent> events = project.events();
        for (int step = 0; step < events.size(); step++) {
            GpEvent event = events.get(step);
            String key = keyPrefix + project.index() + "-" + step;
            if (event instanceof ProjectProposed proposal) {
                projectId = call("/api/projects", proposal(proposal), key).json().path("projectId").asText();
                continue;
            }
            String path = "/api/projects/" + projectId;
            if (event instanceof ProposalRevised r) {
                call(path + "/revisions", revision(r), key);
            } else if (event instanceof SupportOffered o) {
                offerIds.put(o.offerId(), call(path + "/offers", offer(o), key).json().path("offerId").asText());
            } else if (event instanceof OfferAccepted a) {
                call(path + "/offers/" + offerIds.get(a.offerId()) + "/accept", dated(a), key);
            } else if (event instanceof OfferDeclined d) {
                call(path + "/offers/" + offerIds.get(d.offerId()) + "/decline",
                        body("reason", d.reason(), "effectiveDate", d.effectiveDate()), key);
            } else if (event instanceof OfferWithdrawn w) {
                call(path + "/offers/" + offerIds.get(w.offerId()) + "/withdraw", dated(w), key);
            } else if (event instanceof FundingCommitted c) {
                call(path + "/commitments", funding(c.donor(), c.amount(), c), key);
            } else if (event instanceof FundsDisbursed d) {
                call(path + "/disbursements", funding(d.donor(), d.amount(), d), key);
            } else if (event instanceof ProjectClosed c) {
                call(path + "/close", body("outcome", c.outcome().name(), "summary", c.summary(),
                        "effectiveDate", c.effectiveDate()), key);
            } else {
                throw new IllegalArgumentException("not a project event: " + event);
            }
        }
        return projectId;
    }

    private GpHttp.Answer call(String path, Map<String, Object> body, String key) {
        GpHttp.Answer answer = commands.post(path, body, key);
        if (!answer.ok()) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static Map<String, Object> proposal(ProjectProposed p) {
        return body("title", p.title(), "description", p.description(), "recipients", codes(p.recipients()),
                "area", p.area().name(), "priorities", p.priorities(), "requestedBudget", p.requestedBudget(),
                "expertiseNeeded", p.expertiseNeeded(), "effectiveDate", p.effectiveDate());
    }

    private static Map<String, Object> revision(ProposalRevised r) {
        return body("title", r.title(), "description", r.description(),
                "recipients", r.recipients() == null ? null : codes(r.recipients()),
                "area", r.area() == null ? null : r.area().name(), "priorities", r.priorities(),
                "requestedBudget", r.requestedBudget(), "expertiseNeeded", r.expertiseNeeded(), "effectiveDate", r.effectiveDate());
    }

    private static Map<String, Object> offer(SupportOffered o) {
        return body("donor", o.donor().code(), "kind", o.kind().name(), "amount", o.amount(), "expertise", o.expertise(),
                "effectiveDate", o.effectiveDate());
    }

    private static Map<String, Object> funding(Member donor, Object amount, GpEvent event) {
        return body("donor", donor.code(), "amount", amount, "effectiveDate", event.effectiveDate());
    }

    private static Map<String, Object> dated(GpEvent event) {
        return body("effectiveDate", event.effectiveDate());
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).toList();
    }

    /** A JSON object of the non-null pairs; dates as ISO strings. */
    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                body.put((String) keysAndValues[i], value instanceof LocalDate date ? date.toString() : value);
            }
        }
        return body;
    }
}
