package org.gptracker.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.command.eventstore.CommandMetadata;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a command on behalf of an HTTP request ({@link CommandDispatcher}; who sent it and its correlation id
 * as metadata, {@link RequestMetadata}) and gives the request's answer. With an Idempotency-Key, a repeat of an answered request
 * (same key, same method, path and body, same sender) gets the original answer and stores nothing; the same
 * key with another request is 422. The answer is decided before the command is sent (ids are generated up
 * front), so it is recorded in the same transaction as the events; without a key nothing is looked up.
 */
@Component
public class CommandRequests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on an answer repeated from the record rather than produced by running the command again. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private final CommandDispatcher dispatcher;
    private final RequestMetadata requestMetadata;
    private final IdempotencyRecords records;
    private final ObjectMapper json;

    CommandRequests(CommandDispatcher dispatcher, RequestMetadata requestMetadata, IdempotencyRecords records, ObjectMapper json) {
        this.dispatcher = dispatcher;
        this.requestMetadata = requestMetadata;
        this.records = records;
        this.json = json;
    }

    /**
     * @param requestBody the parsed request body, hashed with the method and path to recognise a repeat
     * @param answer      what the request is answered once the command succeeded
     */
    public <T> ResponseEntity<T> send(HttpServletRequest request, Object requestBody, Object command, ResponseEntity<T> answer) {
        Map<String, Object> metadata = new HashMap<>(requestMetadata.of(request));
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            dispatcher.send(command, metadata);
            return answer;
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidIdempotencyKeyException();
        }
        String requestHash = hash(request, requestBody, metadata.get(CommandMetadata.ACTOR));
        Optional<ResponseEntity<T>> repeat = answerToRepeat(key, requestHash, answer);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        metadata.put(IdempotencyRecordingInterceptor.KEY, key);
        metadata.put(IdempotencyRecordingInterceptor.REQUEST_HASH, requestHash);
        metadata.put(IdempotencyRecordingInterceptor.STATUS, String.valueOf(answer.getStatusCode().value()));
        if (answer.getHeaders().getLocation() != null) {
            metadata.put(IdempotencyRecordingInterceptor.LOCATION, answer.getHeaders().getLocation().toString());
        }
        metadata.put(IdempotencyRecordingInterceptor.BODY, write(answer.getBody()));
        try {
            dispatcher.send(command, metadata);
        } catch (RuntimeException failed) {
            // a concurrent request with the same key may have been stored first, so that ours failed on
            // the key or on the state it left (e.g. ALREADY_MEMBER); ours stored nothing: answer as it was
            return answerToRepeat(key, requestHash, answer).orElseThrow(() -> failed);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<ResponseEntity<T>> answerToRepeat(String key, String requestHash, ResponseEntity<T> answer) {
        return records.find(key).map(recorded -> {
            if (!recorded.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            ResponseEntity.BodyBuilder replay = ResponseEntity.status(recorded.status()).header(REPLAYED, "true");
            if (recorded.location() != null) {
                replay.location(URI.create(recorded.location()));
            }
            return replay.body((T) read(recorded.body(), answer.getBody().getClass()));
        });
    }

    /** A key is the sender's own: the same key and body from another actor is another request. */
    private String hash(HttpServletRequest request, Object requestBody, Object actor) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((actor + "\n" + request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(json.writeValueAsBytes(requestBody));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private Object read(String body, Class<?> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the recorded answer", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record the answer", e);
        }
    }

}
