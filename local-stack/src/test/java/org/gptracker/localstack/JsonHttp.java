package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A small JSON-over-HTTP client for the tests that talk to the packaged services. */
final class JsonHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    /** Sends no token. */
    JsonHttp() {
        this(null);
    }

    /** Sends {@code token} as a bearer token with every request. */
    JsonHttp(String token) {
        this.token = token;
    }

    /** {@code replayed}: the command service answered from its idempotency record (header {@code Idempotent-Replayed: true}). */
    record Response(int status, String contentType, String location, String body, boolean replayed) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (HTTP " + status + "): " + body, e);
            }
        }
    }

    Response post(URI uri, String json) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST that the command service answers at most once: a repeat with the same key gets the first answer. */
    Response post(URI uri, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of a file, such as a CSV import. */
    Response postFile(URI uri, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET());
    }

    Response delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").DELETE());
    }

    /** A GET for a text answer, such as a Prometheus scrape. */
    Response getText(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/plain").GET());
    }

    /** GETs until the response satisfies {@code done}; returns the last response either way. */
    Response getUntil(URI uri, Predicate<Response> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response response = get(uri);
        while (!done.test(response) && System.nanoTime() < deadline) {
            pause();
            response = get(uri);
        }
        return response;
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
