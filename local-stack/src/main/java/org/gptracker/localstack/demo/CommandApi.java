package org.gptracker.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.localstack.LocalStackException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** The command and query APIs as a client sees them: JSON over HTTP with a bearer token. */
final class CommandApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI commandBase;
    private final URI queryBase;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CommandApi(URI commandBase, URI queryBase, String token) {
        this.commandBase = commandBase;
        this.queryBase = queryBase;
        this.token = token;
    }

    record Answer(int status, JsonNode body) {

        String code() {
            return body != null && body.hasNonNull("code") ? body.get("code").asText() : null;
        }
    }

    /** POSTs {@code body} as JSON; a 409 whose code is in {@code alreadyDone} counts as done (a re-run). */
    Answer send(String path, Object body, Set<String> alreadyDone) {
        Answer answer = exchange(HttpRequest.newBuilder(commandBase.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
        if (answer.status() / 100 != 2 && !(answer.status() == 409 && alreadyDone.contains(answer.code()))) {
            throw new LocalStackException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    Answer post(String path, String contentType, byte[] body) {
        return exchange(HttpRequest.newBuilder(commandBase.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer getCommand(String path) {
        return exchange(HttpRequest.newBuilder(commandBase.resolve(path)).GET());
    }

    Answer getQuery(String path) {
        return exchange(HttpRequest.newBuilder(queryBase.resolve(path)).GET());
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : json(text));
        } catch (IOException e) {
            throw new LocalStackException("Could not reach " + request.build().uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while calling " + request.build().uri());
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + body, e);
        }
    }
}
