package org.gptracker.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records the reference data through the ordinary commands, the way the secretariat would: members,
 * then each presidency (opened with its priorities, handed over if it was, closed on its last day),
 * then suspensions. A second run finds everything recorded: the 409s that say so
 * ({@code ALREADY_MEMBER}, …) are the expected answers.
 */
public final class ReferenceLoader {

    /** Sends one command to the command service; how it gets there (client, token) is the caller's. */
    @FunctionalInterface
    public interface Commands {

        /**
         * @param alreadyDone the refusal codes of a 409 that mean "recorded before"
         * @return true when the command stored something, false for a 409 with one of those codes
         * @throws RuntimeException for any other answer
         */
        boolean send(String path, Map<String, Object> body, Set<String> alreadyDone);
    }

    private final Commands commands;

    public ReferenceLoader(Commands commands) {
        this.commands = commands;
    }

    /** The number of commands that stored something: 0 on a re-run. */
    public int load(ReferenceData data) {
        int stored = 0;
        for (ReferenceData.Member member : data.members()) {
            stored += send("/api/members", body("country", member.code(), "admittedOn", member.admittedOn(),
                    "effectiveDate", member.admittedOn()), "ALREADY_MEMBER");
        }
        List<ReferenceData.Presidency> presidencies = data.presidencies();
        for (int i = 0; i < presidencies.size(); i++) {
            ReferenceData.Presidency presidency = presidencies.get(i);
            Integer successor = i + 1 < presidencies.size() ? presidencies.get(i + 1).year() : null;
            stored += record(presidency, data.prioritiesOf(presidency.year()), successor);
        }
        for (ReferenceData.Member member : data.members()) {
            if (member.suspendedOn() != null) {
                stored += send("/api/members/" + member.code() + "/suspension", body("since", member.suspendedOn(),
                        "reason", member.suspensionReason(), "effectiveDate", member.suspendedOn()), "ALREADY_SUSPENDED");
            }
        }
        return stored;
    }

    private int record(ReferenceData.Presidency presidency, List<ReferenceData.Priority> priorities, Integer successor) {
        int stored = send("/api/presidencies", body("year", presidency.year(), "chair", presidency.chair(),
                "startsOn", presidency.startsOn(), "endsOn", presidency.endsOn(),
                "priorities", priorities.stream().map(p -> Map.of("code", p.code(), "title", p.title())).toList(),
                "effectiveDate", presidency.startsOn()), "PRESIDENCY_EXISTS");
        String path = "/api/presidencies/" + presidency.year();
        if (presidency.handedOverTo() != null) {
            stored += send(path + "/handover", body("chair", presidency.handedOverTo(), "since", presidency.handedOverOn(),
                    "effectiveDate", presidency.handedOverOn()), "ALREADY_CHAIR", "PRESIDENCY_CLOSED");
        }
        Map<String, Object> closing = body("closedOn", presidency.endsOn(), "effectiveDate", presidency.endsOn());
        if (successor != null) {
            closing.put("successorYear", successor);
        }
        return stored + send(path + "/close", closing, "PRESIDENCY_CLOSED");
    }

    private int send(String path, Map<String, Object> body, String... alreadyDone) {
        return commands.send(path, body, Set.of(alreadyDone)) ? 1 : 0;
    }

    /** Dates as ISO strings, the way the API reads them. */
    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            body.put((String) keysAndValues[i], value instanceof LocalDate day ? day.toString() : value);
        }
        return body;
    }
}
