package org.gptracker.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.envelope.EventEnvelope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

/**
 * With the service's own logging configuration (application.yml) and LOG_FORMAT=json, what is logged while an
 * event is applied is JSON naming the event and the command side's request.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventLogContextTest {

    private static final Logger log = LoggerFactory.getLogger(EventLogContextTest.class);

    @AfterEach
    void backToPlainText() {
        startLogging();
    }

    @Test
    void linesLoggedWhileAnEventIsAppliedCarryItsIdTypeAggregateAndCorrelationIdAndLaterLinesDoNot(CapturedOutput output)
            throws Exception {
        startLogging("LOG_FORMAT=json");
        String projectId = UUID.randomUUID().toString();
        EventEnvelope event = envelope(chornobylProposal(projectId), projectId, 0, Instant.now(), "kenji", "dashboard-42");

        try (EventLogContext applying = EventLogContext.of(event)) {
            log.info("applying the event");
        }
        log.info("between events");

        JsonNode during = json(output, "applying the event");
        assertThat(during.get("correlationId").asText()).isEqualTo("dashboard-42");
        assertThat(during.get("eventId").asText()).isEqualTo(event.id());
        assertThat(during.get("eventType").asText()).isEqualTo("gp.project.ProjectProposed.v1");
        assertThat(during.get("aggregateId").asText()).isEqualTo(projectId);
        assertThat(during.toString()).contains("query-service");
        JsonNode after = json(output, "between events");
        assertThat(after.has("correlationId")).isFalse();
        assertThat(after.has("eventId")).isFalse();
    }

    @Test
    void withoutLogFormatALineLoggedWhileAnEventIsAppliedIsPlainTextNamingTheCorrelationId(CapturedOutput output) {
        startLogging();
        String projectId = UUID.randomUUID().toString();

        try (EventLogContext applying = EventLogContext.of(envelope(chornobylProposal(projectId), projectId, 0,
                Instant.now(), "kenji", "dashboard-43"))) {
            log.info("applying another event");
        }

        assertThat(line(output, "applying another event")).doesNotStartWith("{").contains("[dashboard-43]");
    }

    private static JsonNode json(CapturedOutput output, String message) throws Exception {
        return new ObjectMapper().readTree(line(output, message));
    }

    private static String line(CapturedOutput output, String message) {
        return output.getOut().lines().filter(line -> line.contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + message + "' in:\n" + output.getOut()));
    }

    /** Initialises logging from the service's configuration, as its start does, and nothing else. */
    private static void startLogging(String... properties) {
        new SpringApplicationBuilder(LoggingOnly.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(properties).run().close();
    }

    @Configuration(proxyBeanMethods = false)
    static class LoggingOnly {
    }
}
