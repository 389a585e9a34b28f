package org.gptracker.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTest {

    @Test
    void defaultsToTheDocumentedPorts() {
        assertThat(LocalStackOptions.parse()).isEqualTo(new LocalStackOptions(false, false, false, 15432, 9092, 8081, 8082));
    }

    @Test
    void readsBothOptionStyles() {
        LocalStackOptions options = LocalStackOptions.parse("--fresh", "--postgres-port", "25432", "--kafka-port=19092",
                "--command-port", "18081", "--query-port=18082", "--demo");
        assertThat(options).isEqualTo(new LocalStackOptions(false, true, true, 25432, 19092, 18081, 18082));
    }

    @Test
    void recognisesHelp() {
        assertThat(LocalStackOptions.parse("--help").help()).isTrue();
        assertThat(LocalStackOptions.parse("-h").help()).isTrue();
    }

    @Test
    void explainsBadInput() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--frsh"))
                .hasMessage("Unknown option: --frsh");
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka-port"))
                .hasMessage("--kafka-port needs a port number");
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka-port", "kafka"))
                .hasMessage("--kafka-port needs a port number between 1 and 65535, not 'kafka'");
        assertThatThrownBy(() -> LocalStackOptions.parse("--query-port", "8081"))
                .hasMessageStartingWith("The four ports must differ");
    }
}
