package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both services behind a real Keycloak, as Compose runs them: the realm file Compose imports, tokens by the
 * password grant as the README's walk-through asks for them (client gp-cli), issuer and audience checked.
 */
class KeycloakIT {

    /** The README's proposal. */
    private static final String PROPOSAL = """
            {"title":"Border CBRN detection","recipients":["UA"],"area":"NUCLEAR","requestedBudget":{"amount":"2500000.00","currency":"EUR"}}""";

    private static KeycloakServer keycloak;
    private static RunningServices services;

    @BeforeAll
    static void startKeycloakAndTheServices() {
        keycloak = KeycloakServer.get();
        services = RunningServices.startSeparate(KeycloakIT.class, "keycloak", keycloak.serviceArguments());
        keycloak.awaitReady();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aDonorOffersSupportInItsOwnCountrysNameOnlyAndIsTheRecordedActor() throws IOException {
        JsonHttp secretariat = as("secretariat");
        for (String member : List.of("JP", "CA")) {
            JsonHttp.Response admitted = secretariat.post(services.command("/api/members"),
                    "{\"country\":\"" + member + "\",\"admittedOn\":\"2002-06-27\"}");
            assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        }
        JsonHttp.Response proposed = secretariat.post(services.command("/api/projects"), PROPOSAL);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String offers = "/api/projects/" + proposed.json().get("projectId").asText() + "/offers";
        JsonHttp donor = as("donor");

        JsonHttp.Response asCanada = donor.post(services.command(offers), offer("CA", "1000000.00", "CAD"));
        JsonHttp.Response asJapan = donor.post(services.command(offers), offer("JP", "150000000", "JPY"));

        assertThat(asCanada.status()).as(asCanada.body()).isEqualTo(403);
        assertThat(asCanada.contentType()).startsWith("application/problem+json");
        assertThat(asJapan.status()).as(asJapan.body()).isEqualTo(201);
        String history = "/api/projects/" + proposed.json().get("projectId").asText() + "/history";
        JsonHttp.Response trail = as("auditor").getUntil(services.query(history),
                answer -> answer.status() == 200 && answer.json().get("events").size() == 2, Duration.ofSeconds(20));
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        JsonNode offered = trail.json().get("events").get(1);
        assertThat(offered.get("type").asText()).startsWith("gp.project.SupportOffered");
        assertThat(offered.get("actor").asText()).as("the donor user's id in the realm file").isEqualTo(userId("donor"));
    }

    @Test
    void aTokenOfTheSameRealmUnderAnotherIssuerNameIsRefusedByBothServices() {
        JsonHttp otherIssuer = new JsonHttp(keycloak.token("127.0.0.1", "gp-cli", "secretariat"));

        assertUnauthenticated(otherIssuer.post(services.command("/api/projects"), PROPOSAL));
        assertUnauthenticated(otherIssuer.get(services.query("/api/projects/" + UUID.randomUUID())));
    }

    @Test
    void aTokenThatIsNotForTheGpApisIsRefusedByBothServices() {
        // Keycloak's own admin-cli client: right issuer and keys, but its tokens name no gp-api audience
        JsonHttp otherAudience = new JsonHttp(keycloak.token("localhost", "admin-cli", "secretariat"));

        assertUnauthenticated(otherAudience.post(services.command("/api/projects"), PROPOSAL));
        assertUnauthenticated(otherAudience.get(services.query("/api/projects/" + UUID.randomUUID())));
    }

    @Test
    void theDemoUsersTokensCarryTheirRoleToBothServices() {
        JsonHttp viewer = as("viewer");

        JsonHttp.Response read = viewer.get(services.query("/api/projects/" + UUID.randomUUID()));
        JsonHttp.Response propose = viewer.post(services.command("/api/projects"), PROPOSAL);

        assertThat(read.status()).as(read.body()).isEqualTo(404);
        assertThat(propose.status()).as(propose.body()).isEqualTo(403);
    }

    private static JsonHttp as(String user) {
        return new JsonHttp(keycloak.token("localhost", "gp-cli", user));
    }

    private static String offer(String donor, String amount, String currency) {
        return "{\"donor\":\"" + donor + "\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}}";
    }

    private static void assertUnauthenticated(JsonHttp.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private static String userId(String username) throws IOException {
        for (JsonNode user : JsonHttp.JSON.readTree(KeycloakServer.realmFile().toFile()).get("users")) {
            if (user.get("username").asText().equals(username)) {
                return user.get("id").asText();
            }
        }
        throw new IllegalStateException("No user " + username + " in " + KeycloakServer.realmFile());
    }
}
