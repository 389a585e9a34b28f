package org.gptracker.benchmarks.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RelayLagSamplerTest {

    @Test
    void theRelayPositionIsTheIndexOfItsGapAwareToken() throws Exception {
        byte[] token = "{\"index\":1048575,\"gaps\":[1048570,1048572]}".getBytes(StandardCharsets.UTF_8);

        assertThat(RelayLagSampler.position(token)).isEqualTo(1_048_575);
    }

    @Test
    void beforeTheRelaysFirstBatchItsPositionIsZero() throws Exception {
        assertThat(RelayLagSampler.position(null)).isZero();
    }
}
