package org.gptracker.localstack.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records the reference data through the ordinary commands, the way the secretariat would. A second
 * run finds everything recorded: the 409s that say so ({@code ALREADY_MEMBER}, …) are the expected answers.
 */
final class ReferenceLoader {

    private final CommandApi api;
    private final PrintStream out;

    ReferenceLoader(CommandApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    void load(ReferenceData data) {
        for (ReferenceData.Member member : data.members()) {
            api.send("/api/members", Map.of("country", member.code(), "admittedOn", member.admittedOn().toString(),
                    "effectiveDate", member.admittedOn().toString()), Set.of("ALREADY_MEMBER"));
        }
        List<ReferenceData.Presidency> presidencies = data.presidencies();
        for (int i = 0; i < presidencies.size(); i++) {
            ReferenceData.Presidency presidency = presidencies.get(i);
            Integer successor = i + 1 < presidencies.size() ? presidencies.get(i + 1).year() : null;
            record(presidency, data.prioritiesOf(presidency.year()), successor);
        }
        for (ReferenceData.Member member : data.members()) {
            if (member.suspendedOn() != null) {
                api.send("/api/members/" + member.code() + "/suspension", Map.of("since", member.suspendedOn().toString(),
                        "reason", member.suspensionReason(), "effectiveDate", member.suspendedOn().toString()),
                        Set.of("ALREADY_SUSPENDED"));
            }
        }
        out.printf("  reference data %s: %d members, %d presidencies (%d-%d), %d priorities%n", ReferenceData.VERSION,
                data.members().size(), data.presidencies().size(), data.presidencies().get(0).year(),
                data.presidencies().get(data.presidencies().size() - 1).year(), data.priorities().size());
    }

    /** Opened with its priorities, handed over if it was, and closed on its last day. */
    private void record(ReferenceData.Presidency presidency, List<ReferenceData.Priority> priorities, Integer successor) {
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("year", presidency.year());
        opening.put("chair", presidency.chair());
        opening.put("startsOn", presidency.startsOn().toString());
        opening.put("endsOn", presidency.endsOn().toString());
        opening.put("priorities", priorities.stream().map(p -> Map.of("code", p.code(), "title", p.title())).toList());
        opening.put("effectiveDate", presidency.startsOn().toString());
        api.send("/api/presidencies", opening, Set.of("PRESIDENCY_EXISTS"));
        String path = "/api/presidencies/" + presidency.year();
        if (presidency.handedOverTo() != null) {
            api.send(path + "/handover", Map.of("chair", presidency.handedOverTo(), "since", presidency.handedOverOn().toString(),
                    "effectiveDate", presidency.handedOverOn().toString()), Set.of("ALREADY_CHAIR", "PRESIDENCY_CLOSED"));
        }
        Map<String, Object> closing = new LinkedHashMap<>();
        closing.put("closedOn", presidency.endsOn().toString());
        closing.put("effectiveDate", presidency.endsOn().toString());
        if (successor != null) {
            closing.put("successorYear", successor);
        }
        api.send(path + "/close", closing, Set.of("PRESIDENCY_CLOSED"));
    }
}
