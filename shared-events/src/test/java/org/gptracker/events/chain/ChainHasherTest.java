package org.gptracker.events.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHasherTest {

    private static final String PAYLOAD = "{\"b\":[1,{\"y\":\"\\u00e9\",\"x\":null}],\"a\":\"line\\nbreak\"}";

    @Test
    void aLinkIsTheSha256OfThePreviousHashAndTheEventsCanonicalJson() throws Exception {
        byte[] payload = CanonicalJson.of(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        String canonical = "{\"actorRef\":\"r-1\",\"aggregateId\":\"p \\\"1\\\"\",\"aggregateType\":\"Project\","
                + "\"effectiveDate\":\"2024-03-01\",\"payload\":" + new String(payload, StandardCharsets.UTF_8)
                + ",\"presidency\":2024,\"recordedAt\":\"2024-03-01T10:00:00.120000000Z\",\"sequence\":3,"
                + "\"type\":\"gp.project.ProjectProposed.v1\"}";
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(Hex.decode(ChainHasher.GENESIS, 32));
        String expected = Hex.encode(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));

        String hash = new ChainHasher().hash(ChainHasher.GENESIS, "r-1", "p \"1\"", "Project", "2024-03-01", payload, 2024,
                "2024-03-01T10:00:00.12Z", 3, "gp.project.ProjectProposed.v1");

        assertThat(hash).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameInstantWrittenWithMoreOrFewerFractionDigitsHashesTheSame() {
        byte[] payload = CanonicalJson.of("{}".getBytes(StandardCharsets.UTF_8));
        ChainHasher hasher = new ChainHasher();

        String axonStyle = hasher.hash(ChainHasher.GENESIS, null, "JP", "Membership", null, payload, null,
                "2024-03-01T10:00:00.000Z", 0, "gp.membership.MemberAdmitted.v1");
        String instantStyle = hasher.hash(ChainHasher.GENESIS, null, "JP", "Membership", null, payload, null,
                "2024-03-01T10:00:00Z", 0, "gp.membership.MemberAdmitted.v1");

        assertThat(axonStyle).isEqualTo(instantStyle);
    }

    @Test
    void canonicalJsonSortsMembersAndDropsWhitespace() {
        assertThat(new String(CanonicalJson.of(PAYLOAD.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":\"line\\nbreak\",\"b\":[1,{\"x\":null,\"y\":\"é\"}]}");
    }
}
