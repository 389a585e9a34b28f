package org.gptracker.infra;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** ./run-local and the integration tests start PostgreSQL on x86-64 and ARM64 Linux and on both kinds of Mac. */
class PostgresBinariesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Linux, x86_64", "Linux, aarch64", "Darwin, x86_64", "Darwin, arm64"})
    void theBinariesOfEveryPlatformTheLocalStackRunsOnAreOnTheClasspath(String system, String machine) throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine)) {
            assertThat(archive.read()).as("first byte of the %s %s archive", system, machine).isNotNegative();
        }
    }
}
