package org.gptracker.reference;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceLoaderTest {

    /** A command service that stores each distinct command once and answers a repeat with "already done". */
    private static final class Recorder implements ReferenceLoader.Commands {
        final List<String> sent = new ArrayList<>();
        final Set<String> stored = new HashSet<>();

        @Override
        public boolean send(String path, Map<String, Object> body, Set<String> alreadyDone) {
            String command = "POST " + path + " " + body;
            sent.add(command);
            return stored.add(command);
        }
    }

    private final ReferenceData data = ReferenceData.shipped();

    @Test
    void everyMemberPresidencyHandoverClosingAndSuspensionIsOneCommand() {
        Recorder commands = new Recorder();

        int stored = new ReferenceLoader(commands).load(data);

        // 31 admissions, 24 openings, 1 handover (2014), 24 closings, 1 suspension (Russia)
        assertThat(stored).isEqualTo(81);
        assertThat(commands.sent.get(0)).isEqualTo(
                "POST /api/members {country=CA, admittedOn=2002-06-27, effectiveDate=2002-06-27}");
        assertThat(commands.sent).containsSubsequence(
                "POST /api/presidencies {year=2014, chair=RU, startsOn=2014-01-01, endsOn=2014-12-31, priorities=[], effectiveDate=2014-01-01}",
                "POST /api/presidencies/2014/handover {chair=DE, since=2014-06-01, effectiveDate=2014-06-01}",
                "POST /api/presidencies/2014/close {closedOn=2014-12-31, effectiveDate=2014-12-31, successorYear=2015}");
        assertThat(commands.sent).contains("POST /api/presidencies/2025/close {closedOn=2025-12-31, effectiveDate=2025-12-31}");
        assertThat(commands.sent.get(commands.sent.size() - 1)).startsWith("POST /api/members/RU/suspension {since=2022-03-01");
        assertThat(commands.sent).filteredOn(command -> command.startsWith("POST /api/presidencies {year=2023"))
                .singleElement().asString().contains("code=BIOSECURITY_AFRICA");
    }

    @Test
    void aSecondRunStoresNothing() {
        Recorder commands = new Recorder();
        new ReferenceLoader(commands).load(data);

        assertThat(new ReferenceLoader(commands).load(data)).isZero();
    }
}
