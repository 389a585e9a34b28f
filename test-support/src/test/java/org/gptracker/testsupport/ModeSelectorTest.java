package org.gptracker.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModeSelectorTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier MUST_NOT_PROBE = () -> {
        throw new AssertionError("Docker must not be probed when the mode is given");
    };

    @Test
    void followsDockerWhenNothingIsRequested() {
        assertThat(ModeSelector.select(name -> null, name -> null, DOCKER)).isEqualTo("testcontainers");
        assertThat(ModeSelector.select(name -> null, name -> null, NO_DOCKER)).isEqualTo("embedded");
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        Map<String, String> properties = Map.of("GP_TEST_INFRA", "Embedded");
        Map<String, String> environment = Map.of("GP_TEST_INFRA", "testcontainers");
        assertThat(ModeSelector.select(properties::get, environment::get, MUST_NOT_PROBE)).isEqualTo("embedded");
        assertThat(ModeSelector.select(name -> null, environment::get, MUST_NOT_PROBE)).isEqualTo("testcontainers");
    }

    @Test
    void rejectsAnUnknownMode() {
        assertThatThrownBy(() -> ModeSelector.select(Map.of("GP_TEST_INFRA", "docker")::get, name -> null, NO_DOCKER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GP_TEST_INFRA must be 'embedded' or 'testcontainers', not 'docker'");
    }
}
