package org.gptracker.command;

import org.gptracker.testsupport.ConfigurationReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's configuration reference of this service is generated from its configuration metadata, and complete. */
class ConfigurationReferenceTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    @Test
    void theReadmeTableIsTheOneTheMetadataGives() throws IOException {
        String generated = ConfigurationReference.table(METADATA, Path.of("src/main/resources/application.yml"));
        Files.writeString(Path.of("target/configuration-reference.md"), generated);

        assertThat(ConfigurationReference.section(Path.of("../README.md"), "command-service"))
                .as("README.md between <!-- configuration:command-service --> and its end; generated now (also in target/configuration-reference.md):%n%s", generated)
                .isEqualTo(generated);
    }

    @Test
    void everyGpPropertyTheServiceReadsIsInTheMetadata() {
        assertThat(ConfigurationReference.undescribed(Path.of("src/main"), METADATA)).isEmpty();
    }
}
