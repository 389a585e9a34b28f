package org.gptracker.command.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.gptracker.command.audit.ChainMetadata;
import org.gptracker.command.eventstore.CommandMetadata;

import java.io.IOException;

/**
 * What the envelope takes from a stored event's metadata (its JSON object in the store), read off the token stream
 * without building Axon's metadata map: the pseudonymous actor, the correlation id and the audit chain's link. A value
 * that is not a string counts as absent, as when the metadata is not JSON at all.
 */
record StoredMetaData(String actorRef, String correlationId, String hash, String prevHash) {

    private static final JsonFactory JSON = new JsonFactory();

    static StoredMetaData of(byte[] json) {
        String actorRef = null;
        String correlationId = null;
        String hash = null;
        String prevHash = null;
        if (json != null) {
            try (JsonParser parser = JSON.createParser(json)) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String value = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                        parser.skipChildren();
                        switch (name) {
                            case ChainMetadata.ACTOR_REF -> actorRef = value;
                            case CommandMetadata.CORRELATION_ID -> correlationId = value;
                            case ChainMetadata.HASH -> hash = value;
                            case ChainMetadata.PREV_HASH -> prevHash = value;
                            default -> {
                                // not carried on the envelope
                            }
                        }
                    }
                }
            } catch (IOException unreadable) {
                return new StoredMetaData(actorRef, correlationId, hash, prevHash);
            }
        }
        return new StoredMetaData(actorRef, correlationId, hash, prevHash);
    }
}
