package org.gptracker.command.relay;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StoredMetaDataTest {

    private static StoredMetaData of(String json) {
        return StoredMetaData.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theActorReferenceCorrelationIdAndChainLinkAreReadAndEverythingElseIsPassedOver() {
        StoredMetaData metaData = of("""
                {"actingFor":{"member":"DE","roles":["x"]},"actorRef":"r-1","correlationId":"c-1","hash":"h","prevHash":"p","traceId":"t"}""");

        assertThat(metaData).isEqualTo(new StoredMetaData("r-1", "c-1", "h", "p"));
    }

    @Test
    void aValueThatIsNoStringIsAbsent() {
        assertThat(of("{\"actorRef\":null,\"correlationId\":7,\"hash\":{\"a\":1},\"prevHash\":[\"p\"]}"))
                .isEqualTo(new StoredMetaData(null, null, null, null));
    }

    @Test
    void metaDataThatIsNoJsonObjectHoldsNothing() {
        assertThat(of("[\"actorRef\",\"r-1\"]")).isEqualTo(new StoredMetaData(null, null, null, null));
        assertThat(of("{\"actorRef\":\"r-1\",")).isEqualTo(new StoredMetaData("r-1", null, null, null));
        assertThat(StoredMetaData.of(null)).isEqualTo(new StoredMetaData(null, null, null, null));
    }
}
