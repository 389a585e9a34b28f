package org.gptracker.command;

import org.gptracker.testsupport.ConfigurationReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's configuration reference of this service is generated from its configuration metadata, and complete. */
class ConfigurationReferenceTest {

    @Test
    void theReadmeTableIsTheOneTheMetadataGives() {
        assertThat(ConfigurationReference.readmeMismatch("command-service"))
                .as("README.md between <!-- configuration:command-service --> and its end should hold the table generated now "
                        + "(also in target/configuration-reference.md)")
                .isEmpty();
    }

    @Test
    void everyGpPropertyTheServiceReadsIsInTheMetadata() {
        assertThat(ConfigurationReference.undescribed()).isEmpty();
    }
}
