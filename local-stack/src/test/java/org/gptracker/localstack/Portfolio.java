package org.gptracker.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects ready for funding, set up through the command API: each proposed, offered funds by a member and the offer accepted. */
final class Portfolio {

    static final List<String> DONORS = List.of("CA", "JP", "DE", "IT", "FR");

    /** A project whose donor is a partner: its commitments and disbursements will be accepted. */
    record MatchedProject(String projectId, String donor) {
    }

    private Portfolio() {
    }

    /** {@code count} matched projects, the donors admitted first (unless they are); each project's stream holds three events. */
    static List<MatchedProject> matched(RunningServices services, JsonHttp secretariat, int count) {
        for (String donor : DONORS) {
            JsonHttp.Response admitted = secretariat.post(services.command("/api/members"),
                    "{\"country\":\"" + donor + "\",\"admittedOn\":\"2002-06-27\"}");
            boolean already = admitted.status() == 409 && admitted.body().contains("ALREADY_MEMBER");
            assertThat(admitted.status() == 201 || already).as("admitting %s: %s", donor, admitted.body()).isTrue();
        }
        List<MatchedProject> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String donor = DONORS.get(i % DONORS.size());
            JsonHttp.Response proposed = secretariat.post(services.command("/api/projects"), """
                    {"title":"Radiation portal monitors, crossing %d %s","recipients":["UA"],"area":"RADIOLOGICAL","priorities":["UKRAINE"],
                     "requestedBudget":{"amount":"5000000.00","currency":"EUR"}}""".formatted(i, UUID.randomUUID()));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            String projectId = proposed.json().get("projectId").asText();
            JsonHttp.Response offered = secretariat.post(services.command("/api/projects/" + projectId + "/offers"),
                    "{\"donor\":\"%s\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"5000000.00\",\"currency\":\"EUR\"}}".formatted(donor));
            assertThat(offered.status()).as(offered.body()).isEqualTo(201);
            String offerId = offered.json().get("offerId").asText();
            JsonHttp.Response accepted = secretariat.post(
                    services.command("/api/projects/" + projectId + "/offers/" + offerId + "/accept"), "{}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            projects.add(new MatchedProject(projectId, donor));
        }
        return projects;
    }
}
