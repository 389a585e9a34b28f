package org.gptracker.benchmarks.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.gptracker.benchmarks.portfolio.GeneratedProject;
import org.gptracker.benchmarks.portfolio.Portfolio;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.SupportOffered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectCommandsTest {

    private record Sent(String path, String idempotencyKey, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Sent> sent = new ArrayList<>();
    private final AtomicInteger offers = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void commandService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            sent.add(new Sent(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    json.readTree(exchange.getRequestBody().readAllBytes())));
            String answer = path.equals("/api/projects") ? "{\"projectId\":\"server-project\"}"
                    : path.endsWith("/offers") ? "{\"offerId\":\"server-offer-" + offers.incrementAndGet() + "\"}" : "{}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(path.endsWith("/offers") || path.equals("/api/projects") ? 201 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyEventBecomesItsCommandOnTheIdsTheServerAnswered() {
        GeneratedProject project = aProjectWithAnAcceptedOffer();
        GpHttp commands = new GpHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token");

        String projectId = new ProjectCommands(commands, 42).send(project);

        assertThat(projectId).isEqualTo("server-project");
        assertThat(sent).hasSameSizeAs(project.events());
        assertThat(sent.get(0).path()).isEqualTo("/api/projects");
        assertThat(sent.get(0).body().path("requestedBudget").path("amount").isTextual()).isTrue();
        assertThat(sent.get(0).body().path("effectiveDate").asText()).isEqualTo(project.proposedOn().toString());
        assertThat(sent.subList(1, sent.size())).allMatch(s -> s.path().startsWith("/api/projects/server-project/"));
        assertThat(sent).extracting(Sent::path).anyMatch(path -> path.matches("/api/projects/server-project/offers/server-offer-\\d+/accept"));
        assertThat(sent).extracting(Sent::idempotencyKey).doesNotHaveDuplicates().allMatch(key -> key.startsWith("portfolio-42-"));
        int firstOffer = indexOf(project, SupportOffered.class);
        SupportOffered offer = (SupportOffered) project.events().get(firstOffer);
        assertThat(sent.get(firstOffer).body().path("donor").asText()).isEqualTo(offer.donor().code());
        assertThat(sent.get(firstOffer).body().path("kind").asText()).isEqualTo(offer.kind().name());
    }

    private static GeneratedProject aProjectWithAnAcceptedOffer() {
        Portfolio portfolio = new Portfolio(42);
        for (long index = 0; ; index++) {
            GeneratedProject project = portfolio.project(index);
            if (indexOf(project, OfferAccepted.class) >= 0) {
                return project;
            }
        }
    }

    private static int indexOf(GeneratedProject project, Class<?> type) {
        for (int i = 0; i < project.events().size(); i++) {
            if (type.isInstance(project.events().get(i))) {
                return i;
            }
        }
        return -1;
    }
}
