package org.gptracker.benchmarks.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.gptracker.events.EventJson;

/**
 * JSON over HTTP to one GP Tracker service, with a bearer token on every call. Bodies are written
 * with the event contract's own Jackson configuration, so money goes out as decimal strings.
 */
public final class GpHttp {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final HttpClient client;
    private final URI base;
    private final String token;

    public GpHttp(URI base, String token) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        this.base = base;
        this.token = token;
    }

    public record Answer(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /** The stable refusal code of a 409 problem, or "" when there is none. */
        public String refusalCode() {
            return json().path("code").asText("");
        }
    }

    /**
     * Asks the command service's development endpoint (local-stack profile only) for a token.
     */
    public static String devToken(URI commandBase, String subject, List<String> roles) {
        Answer answer = new GpHttp(commandBase, null).post("/dev/tokens", Map.of("sub", subject, "roles", roles), null);
        if (!answer.ok()) {
            throw new IllegalStateException("POST " + commandBase + "/dev/tokens answered " + answer.status() + ": " + answer.body()
                    + " (is the command service running under the local-stack profile?)");
        }
        return answer.json().path("token").asText();
    }

    public Answer post(String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(write(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept", "application/json").GET());
    }

    private Answer send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP call to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + base, e);
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
