package org.gptracker.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.envelope.UsualForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The audit chain's check of each record before it is applied (docs/audit.md): its {@code prevhash} is the hash of the
 * aggregate's last applied event (64 zeros for its first), and its {@code hash} recomputes from what the record says.
 * A break is refused like an unreadable record — dead-lettered with reason {@code CHAIN_BROKEN}, counted in
 * {@code gp_chain_breaks_total}, logged at ERROR — and, since the aggregate's position does not advance, its next
 * event halts as a sequence gap. Records from before the chain existed carry no hash and are not checked.
 */
final class ChainLink {

    static final String CHAIN_BROKEN = "CHAIN_BROKEN";

    private static final Logger log = LoggerFactory.getLogger(ChainLink.class);
    private static final Counter BREAKS = Counter.builder("gp.chain.breaks")
            .description("records refused because they break their aggregate's audit hash chain")
            .register(Metrics.globalRegistry);
    private static final ThreadLocal<ChainHasher> HASHERS = ThreadLocal.withInitial(ChainHasher::new);

    private ChainLink() {
    }

    /**
     * @param lastHash the hash of the aggregate's last applied event, null when none is known
     * @throws InvalidEnvelopeException (reason {@value #CHAIN_BROKEN}) when the record does not link
     */
    static void check(EventEnvelope envelope, long lastApplied, String lastHash) {
        if (envelope.hash() == null && envelope.prevHash() == null && lastHash == null) {
            return;
        }
        if (envelope.hash() == null || envelope.prevHash() == null) {
            throw broken(envelope, "it carries no hash or prevhash, though its aggregate is chained");
        }
        String expectedPrev = lastApplied < 0 ? ChainHasher.GENESIS : lastHash;
        if (expectedPrev != null && !expectedPrev.equals(envelope.prevHash())) {
            throw broken(envelope, "its prevhash " + envelope.prevHash() + " is not the last applied hash " + expectedPrev);
        }
        byte[] data = envelope.data().getBytes(StandardCharsets.UTF_8);
        try {
            if (!links(envelope, data)) {
                byte[] canonical = CanonicalJson.of(data);
                if (Arrays.equals(canonical, data) || !links(envelope, canonical)) {
                    throw broken(envelope, "its content hashes to " + hash(envelope, canonical) + ", not to its hash " + envelope.hash());
                }
            }
        } catch (IllegalArgumentException unhashable) {
            throw broken(envelope, "its hash cannot be recomputed: " + unhashable.getMessage());
        }
    }

    /**
     * Whether the record's hash recomputes over {@code payload}. The data is hashed as it came first: the relay sends the
     * stored payload, canonical already, so canonicalising it again (a parse and a sort of every object) is needed only
     * for a record written otherwise.
     */
    private static boolean links(EventEnvelope envelope, byte[] payload) {
        return hash(envelope, payload).equals(envelope.hash());
    }

    private static String hash(EventEnvelope envelope, byte[] payload) {
        return HASHERS.get().hash(envelope.prevHash(), envelope.actorRef(), envelope.subject(), envelope.aggregateType(),
                envelope.effectiveDate() == null ? null : envelope.effectiveDate().toString(), payload, envelope.presidency(),
                UsualForms.text(envelope.time()), envelope.sequence(), envelope.type());
    }

    private static InvalidEnvelopeException broken(EventEnvelope envelope, String why) {
        BREAKS.increment();
        String reason = CHAIN_BROKEN + ": event " + envelope.id() + " (" + envelope.type() + " #" + envelope.sequence() + " of "
                + envelope.aggregateType() + " " + envelope.subject() + ") breaks the audit chain: " + why;
        log.error("{}; not applied, its aggregate halts at its next event", reason);
        return new InvalidEnvelopeException(reason);
    }
}
