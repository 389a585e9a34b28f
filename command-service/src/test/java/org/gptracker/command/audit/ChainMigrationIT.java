package org.gptracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6 on a store that holds events from before the audit chain, of the shape they had then (payloads as the
 * Jackson serializer wrote them, the token's sub as {@code actor} in the metadata, no hash): afterwards every chain
 * verifies and the actors are references. A database of its own, migrated to V5 first, then to the end.
 */
class ChainMigrationIT {

    private static final String DATABASE = "gp_command_chain_migration_it";
    private static final String PROJECT = "7d0f1f5e-3a55-4b8a-9d55-0f3f0b7a4a11";
    private static final String OTHER_PROJECT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String SECRETARIAT = "secretariat@gp";
    private static final String RECIPIENT = "Олена.recipient@ua";

    private static final ObjectMapper json = EventJson.newMapper();
    private static UnchainedStore store;
    private static JdbcTemplate jdbc;
    private static Verification verification;

    @BeforeAll
    static void migrateAStoreOfUnchainedEvents() throws Exception {
        store = new UnchainedStore(DATABASE);
        jdbc = store.jdbc;

        long millis = 0;
        // interleaved as commands interleave: the aggregates' events spread over the global index
        store(PROJECT, 0, proposal(PROJECT, "Rebuild physical protection at the Chornobyl site (Чорнобиль)"), RECIPIENT, ++millis);
        store("2023", 0, new PresidencyOpened(2023, Member.of("JP"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new Priority("UKRAINE", "Ukraine")), LocalDate.of(2023, 1, 1), 2023), SECRETARIAT, ++millis);
        store(OTHER_PROJECT, 0, proposal(OTHER_PROJECT, "Biosecurity \"mobile\" laboratories"), RECIPIENT, ++millis);
        store(PROJECT, 1, revision(PROJECT, "Adds detection at the perimeter"), SECRETARIAT, ++millis);
        // reference data loaded without a person acting
        store("CA", 0, new MemberAdmitted(Member.of("CA"), LocalDate.of(2002, 6, 27), LocalDate.of(2002, 6, 27), 2002), null, ++millis);
        store(PROJECT, 2, revision(PROJECT, "Adds response training"), RECIPIENT, ++millis);
        store(OTHER_PROJECT, 1, revision(OTHER_PROJECT, "Two laboratories, not three"), SECRETARIAT, ++millis);

        store.chain();
        // seven events in two lanes (global index 1-3, 4-7): both projects' chains continue across the lanes' boundary
        verification = store.verify();
    }

    @Test
    void everyChainOfTheMigratedStoreVerifies() {
        assertThat(verification.breaks()).isEmpty();
        assertThat(verification.verified()).isTrue();
        assertThat(verification.events()).isEqualTo(7);
        assertThat(verification.aggregates()).isEqualTo(4);
    }

    @Test
    void eachAggregatesEventsAreLinkedInSequenceOrderFromTheGenesis() throws Exception {
        assertThat(meta(PROJECT, 0).get("prevHash").asText()).isEqualTo("0".repeat(64));
        assertThat(meta(PROJECT, 1).get("prevHash").asText()).isEqualTo(meta(PROJECT, 0).get("hash").asText());
        assertThat(meta(PROJECT, 2).get("prevHash").asText()).isEqualTo(meta(PROJECT, 1).get("hash").asText());
        assertThat(meta(OTHER_PROJECT, 1).get("prevHash").asText()).isEqualTo(meta(OTHER_PROJECT, 0).get("hash").asText());
    }

    @Test
    void everyActorBecameAReferenceThatTheActorTableAloneMapsBackToTheSub() throws Exception {
        Map<String, String> subsByRef = new HashMap<>();
        jdbc.query("select actor_ref, sub from events.actor", rows -> {
            subsByRef.put(rows.getString(1), rows.getString(2));
        });
        assertThat(subsByRef).hasSize(2).containsValues(SECRETARIAT, RECIPIENT);
        assertThat(subsByRef.get(meta(PROJECT, 0).get("actorRef").asText())).isEqualTo(RECIPIENT);
        assertThat(meta(OTHER_PROJECT, 0).get("actorRef")).isEqualTo(meta(PROJECT, 0).get("actorRef"));
        assertThat(subsByRef.get(meta(PROJECT, 1).get("actorRef").asText())).isEqualTo(SECRETARIAT);
        assertThat(meta("CA", 0).has("actorRef")).isFalse();
        for (String sub : List.of(SECRETARIAT, RECIPIENT)) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from events.domain_event_entry
                    where position(convert_to(?, 'UTF8') in meta_data) > 0 or position(convert_to(?, 'UTF8') in payload) > 0""",
                    Long.class, sub, sub)).as(sub).isZero();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from events.domain_event_entry where position(convert_to('"actor"', 'UTF8') in meta_data) > 0""",
                Long.class)).isZero();
    }

    @Test
    void thePayloadsAreStoredInCanonicalFormWithTheSameValue() throws Exception {
        byte[] stored = jdbc.queryForObject("""
                select payload from events.domain_event_entry where aggregate_identifier = ? and sequence_number = 0""",
                byte[].class, PROJECT);

        assertThat(CanonicalJson.of(stored)).isEqualTo(stored);
        assertThat(json.readTree(stored)).isEqualTo(json.readTree(json.writeValueAsBytes(
                proposal(PROJECT, "Rebuild physical protection at the Chornobyl site (Чорнобиль)"))));
    }

    private static void store(String aggregateId, long sequence, GpEvent event, String actor, long millis) throws Exception {
        store.store(aggregateId, sequence, event, actor, millis);
    }

    private static JsonNode meta(String aggregateId, long sequence) throws Exception {
        return json.readTree(jdbc.queryForObject("""
                select meta_data from events.domain_event_entry where aggregate_identifier = ? and sequence_number = ?""",
                byte[].class, aggregateId, sequence));
    }

    private static ProjectProposed proposal(String projectId, String title) {
        return new ProjectProposed(projectId, title, "Perimeter, detection and response upgrades", List.of(Country.of("UA")),
                CbrnArea.NUCLEAR, List.of("UKRAINE"), Money.parse("2500000.00", "EUR"), List.of("physical protection"),
                LocalDate.of(2023, 3, 14), 2023);
    }

    private static ProposalRevised revision(String projectId, String description) {
        return new ProposalRevised(projectId, null, description, null, null, null, Money.parse("2750000.00", "EUR"), null,
                LocalDate.of(2023, 3, 20), 2023);
    }
}
