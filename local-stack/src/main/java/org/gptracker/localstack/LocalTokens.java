package org.gptracker.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mints tokens from the command service's {@code POST /dev/tokens}, which exists only under the local-stack profile. */
final class LocalTokens {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_.-]+)\"");

    private final URI tokensUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LocalTokens(URI tokensUrl) {
        this.tokensUrl = tokensUrl;
    }

    /** {@code requestJson} as the endpoint takes it, e.g. {@code {"sub":"alice","roles":["SECRETARIAT"]}}. */
    String mint(String requestJson) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(tokensUrl)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(requestJson)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new LocalStackException("Could not mint a token at " + tokensUrl + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new LocalStackException("Could not mint a token at " + tokensUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while minting a token");
        }
    }
}
