package org.gptracker.benchmarks.loading;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.gptracker.benchmarks.portfolio.Partnership;

/**
 * Records the members, Russia's suspension and the presidencies 2002–2025 through the command API, so
 * the command side's partnership calendar (kept from its own events) knows them. Idempotent: a
 * re-run meets 409 ALREADY_MEMBER, ALREADY_SUSPENDED, PRESIDENCY_EXISTS or PRESIDENCY_CLOSED and moves on.
 */
public final class PartnershipSetup {

    private static final Set<String> ALREADY_DONE = Set.of("ALREADY_MEMBER", "ALREADY_SUSPENDED", "PRESIDENCY_EXISTS",
            "PRESIDENCY_CLOSED");

    private final GpHttp commands;

    public PartnershipSetup(GpHttp commands) {
        this.commands = commands;
    }

    /** Answers how many commands stored something new (0 on a re-run). */
    public int record() {
        int recorded = 0;
        for (Partnership.Membership member : Partnership.members()) {
            recorded += send("/api/members", body("country", member.member().code(), "admittedOn", member.admittedOn(),
                    "effectiveDate", member.admittedOn()));
        }
        for (Partnership.Suspension suspension : Partnership.suspensions()) {
            recorded += send("/api/members/" + suspension.member().code() + "/suspension",
                    body("since", suspension.since(), "reason", suspension.reason(), "effectiveDate", suspension.since()));
        }
        for (Partnership.Presidency presidency : Partnership.presidencies()) {
            recorded += send("/api/presidencies", body("year", presidency.year(), "chair", presidency.chair().code(),
                    "startsOn", presidency.startsOn(), "endsOn", presidency.endsOn(), "priorities", presidency.priorities(),
                    "effectiveDate", presidency.startsOn()));
        }
        for (Partnership.Presidency presidency : Partnership.presidencies()) {
            if (presidency.year() < Partnership.LAST_YEAR) {
                recorded += send("/api/presidencies/" + presidency.year() + "/close", body("closedOn", presidency.endsOn(),
                        "successorYear", presidency.year() + 1, "effectiveDate", presidency.endsOn()));
            }
        }
        return recorded;
    }

    private int send(String path, Map<String, Object> body) {
        GpHttp.Answer answer = commands.post(path, body, null);
        if (answer.ok()) {
            return 1;
        }
        if (answer.status() == 409 && ALREADY_DONE.contains(answer.refusalCode())) {
            return 0;
        }
        throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            body.put((String) keysAndValues[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return body;
    }
}
