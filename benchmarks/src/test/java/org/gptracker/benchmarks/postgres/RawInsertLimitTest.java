package org.gptracker.benchmarks.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RawInsertLimitTest {

    @Test
    void eachRowIsAJsonDocumentOfAboutThreeHundredBytes() throws Exception {
        String payload = RawInsertLimit.payload(123_456);

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 350);
        assertThat(new ObjectMapper().readTree(payload).path("row").asLong()).isEqualTo(123_456);
    }
}
