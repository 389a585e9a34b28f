package org.gptracker.query.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gptracker.query.EventRecords.chained;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

class ChainLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String projectId = UUID.randomUUID().toString();
    /** Linked as the command side links it: over the canonical form of its data. */
    private final EventEnvelope linked = chained(envelope(chornobylProposal(projectId), projectId, 0), "ref-1", ChainHasher.GENESIS);

    private static EventEnvelope withData(EventEnvelope envelope, String data) {
        return new EventEnvelope(envelope.id(), envelope.source(), envelope.type(), envelope.subject(), envelope.time(),
                envelope.aggregateType(), envelope.sequence(), envelope.presidency(), envelope.effectiveDate(), envelope.actor(),
                envelope.correlationId(), data, envelope.actorRef(), envelope.hash(), envelope.prevHash());
    }

    private static String canonical(String json) {
        return new String(CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordWhoseDataIsCanonicalAsTheRelaySendsItLinks() {
        EventEnvelope asRelayed = withData(linked, canonical(linked.data()));

        assertThatCode(() -> ChainLink.check(asRelayed, -1, null)).doesNotThrowAnyException();
    }

    @Test
    void aRecordWhoseDataIsEquivalentButNotCanonicalStillLinks() throws Exception {
        Map<String, Object> members = JSON.readValue(linked.data(), new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, Object> reversed = new LinkedHashMap<>();
        new ArrayDeque<>(members.keySet()).descendingIterator().forEachRemaining(name -> reversed.put(name, members.get(name)));
        EventEnvelope reorderedAndIndented = withData(linked, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reversed));
        assertThat(reorderedAndIndented.data()).isNotEqualTo(canonical(linked.data()));

        assertThatCode(() -> ChainLink.check(reorderedAndIndented, -1, null)).doesNotThrowAnyException();
    }

    @Test
    void aRecordWhoseDataWasChangedIsRefusedAsChainBrokenInEitherForm() {
        String forged = canonical(linked.data()).replace("Chornobyl", "Zaporizhzhia");

        assertThatThrownBy(() -> ChainLink.check(withData(linked, forged), -1, null))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith(ChainLink.CHAIN_BROKEN)
                .hasMessageContaining("not to its hash");
        assertThatThrownBy(() -> ChainLink.check(withData(linked, linked.data().replace("Chornobyl", "Zaporizhzhia")), -1, null))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith(ChainLink.CHAIN_BROKEN);
    }

    @Test
    void aRecordWhoseDataIsNoJsonIsRefusedAsChainBroken() {
        assertThatThrownBy(() -> ChainLink.check(withData(linked, "{\"title\":"), -1, null))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith(ChainLink.CHAIN_BROKEN)
                .hasMessageContaining("cannot be recomputed");
    }
}
