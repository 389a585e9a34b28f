package org.gptracker.query.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FramesTest {

    private final Frames frames = new Frames(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void anEventIsItsPositionAsIdTheEventNameAndItsDataOnOneLine() {
        String frame = new String(frames.event(StreamFilterTest.projectEvent("7b0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e", 2025)),
                StandardCharsets.UTF_8);

        assertThat(frame).isEqualTo("id: 1-1\nevent: gp-event\ndata: {\"eventId\":\"e-1\",\"type\":\"gp.project.SupportOffered.v1\","
                + "\"aggregateType\":\"Project\",\"aggregateId\":\"7b0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e\",\"sequence\":1,"
                + "\"projectId\":\"7b0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e\",\"presidency\":2025,\"status\":\"PROPOSED\","
                + "\"effectiveDate\":\"2025-03-01\",\"recordedAt\":\"2025-03-01T10:00:00Z\",\"correlationId\":\"c-1\"}\n\n");
    }

    @Test
    void anEventOfAnotherAggregateHasNoProjectAndNoStatus() {
        String frame = new String(frames.event(StreamFilterTest.presidencyEvent(2025)), StandardCharsets.UTF_8);

        assertThat(frame).contains("\"projectId\":null").contains("\"status\":null").contains("\"correlationId\":null");
    }

    @Test
    void theRetryHintIsInMilliseconds() {
        assertThat(new String(Frames.retry(Duration.ofSeconds(3)), StandardCharsets.UTF_8)).isEqualTo("retry: 3000\n\n");
    }
}
