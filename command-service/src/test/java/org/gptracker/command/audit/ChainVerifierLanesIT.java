package org.gptracker.command.audit;

import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole store is read in two lanes of the global index (here 1-5 and 6-10); a chain that goes on across their
 * boundary is judged as a single pass in global index order judges it. A store of its own, chained by V6.
 */
class ChainVerifierLanesIT {

    private static final String DATABASE = "gp_command_chain_lanes_it";

    @Test
    void breaksWhereAChainCrossesTheLanesBoundaryAreFound() throws Exception {
        // A0 A1 B0 C0 A2 | A3 A4 B1 C1 C2
        UnchainedStore store = storeOf("A", "A", "B", "C", "A", "A", "A", "B", "C", "C");
        store.jdbc.update("delete from events.domain_event_entry where global_index = 6");
        store.jdbc.update("""
                update events.domain_event_entry
                set meta_data = convert_to(jsonb_set(convert_from(meta_data, 'UTF8')::jsonb, '{hash}', to_jsonb(repeat('a', 64)))::text, 'UTF8')
                where global_index = 3""");

        Verification verification = store.verify();

        assertThat(verification.events()).isEqualTo(9);
        assertThat(verification.aggregates()).isEqualTo(3);
        assertThat(breaks(verification)).isEqualTo("A MISSING_EVENT@3, B HASH_MISMATCH@0, B CHAIN_MISMATCH@1");
    }

    @Test
    void chainsGoingOnAcrossTheBoundaryUntouchedVerify() throws Exception {
        UnchainedStore store = storeOf("A", "A", "B", "C", "A", "A", "A", "B", "C", "C");

        Verification verification = store.verify();

        assertThat(verification.verified()).isTrue();
        assertThat(verification.events()).isEqualTo(10);
        assertThat(verification.aggregates()).isEqualTo(3);
    }

    @Test
    void aChainWhoseSequenceGoesBackAcrossTheBoundaryIsJudgedAsOnePassJudgesIt() throws Exception {
        // D0 F0 D1 F1 F2 | F3 D2 F4 D3 F5, then D1 and D2 change places: D2 is read in the first lane, D1 in the second
        UnchainedStore store = storeOf("D", "F", "D", "F", "F", "F", "D", "F", "D", "F");
        store.jdbc.update("update events.domain_event_entry set global_index = -1 where global_index = 3");
        store.jdbc.update("update events.domain_event_entry set global_index = 3 where global_index = 7");
        store.jdbc.update("update events.domain_event_entry set global_index = 7 where global_index = -1");

        Verification verification = store.verify();

        // in one pass: D2 where D1 was expected, then D1 behind it; D3 links to D2, the highest so far
        assertThat(breaks(verification)).isEqualTo("D CHAIN_MISMATCH@1, D MISSING_EVENT@1");
    }

    /** One event of each named aggregate (a member's admission, as the next of its sequence), at global index 1, 2, … */
    private static UnchainedStore storeOf(String... aggregates) throws Exception {
        UnchainedStore store = new UnchainedStore(DATABASE);
        java.util.Map<String, Long> sequences = new java.util.HashMap<>();
        for (int i = 0; i < aggregates.length; i++) {
            long sequence = sequences.merge(aggregates[i], 1L, Long::sum) - 1;
            store.storeAt((long) i + 1, aggregates[i], sequence,
                    new MemberAdmitted(Member.of("CA"), LocalDate.of(2002, 6, 27).plusDays(i), LocalDate.of(2002, 6, 27), 2002),
                    "secretariat@gp", i);
        }
        store.chain();
        return store;
    }

    private static String breaks(Verification verification) {
        return verification.breaks().stream().map(each -> each.aggregateId() + " " + each.reason() + "@" + each.sequence())
                .collect(Collectors.joining(", "));
    }
}
