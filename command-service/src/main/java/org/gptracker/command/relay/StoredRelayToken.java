package org.gptracker.command.relay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The relay's position as committed in {@code events.token_entry} — read from the table, not from this instance's
 * processor, so every instance sees the same one whichever holds the relay's segment. With several segments the
 * one furthest behind counts. Everything up to it, except the global indexes the token still waits for (its gaps),
 * Kafka has acknowledged.
 */
@Component
class StoredRelayToken {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredRelayToken(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The committed token furthest behind; empty before the relay's first batch. */
    Optional<TrackingToken> furthestBehind() {
        List<TrackingToken> segments = jdbc.query(
                "select token, token_type from events.token_entry where processor_name = ?",
                (row, n) -> token(row.getBytes("token"), row.getString("token_type")),
                KafkaRelay.PROCESSING_GROUP);
        return segments.stream().filter(Objects::nonNull)
                .filter(token -> token.position().isPresent())
                .min(Comparator.comparingLong(token -> token.position().getAsLong()));
    }

    /** The global index up to which the relay has sent everything but its gaps; 0 before its first batch. */
    long position() {
        return furthestBehind().flatMap(token -> token.position().isPresent() ? Optional.of(token.position().getAsLong())
                : Optional.empty()).orElse(0L);
    }

    /** The global indexes below the position that the token still waits for. */
    static List<Long> gaps(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gapAware ? List.copyOf(gapAware.getGaps()) : List.of();
    }

    private TrackingToken token(byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
    }
}
