package org.gptracker.query.dashboard;

import org.gptracker.query.web.UnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewerTokenControllerTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ViewerTokenController.class, ViewerTokenFile.class);

    @Test
    void existsOnlyWhenTheLocalStackNamesTheTokenFile(@TempDir Path directory) {
        context.run(withoutFile -> assertThat(withoutFile).doesNotHaveBean(ViewerTokenController.class));
        context.withPropertyValues(ViewerTokenController.PROPERTY + "=" + directory.resolve("token"))
                .run(withFile -> assertThat(withFile).hasSingleBean(ViewerTokenController.class));
    }

    @Test
    void answersTheTokenTheFileHoldsNotCached(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("dashboard-viewer.token");
        Files.writeString(file, "eyJ.viewer.token\n");

        ResponseEntity<Map<String, String>> answer = new ViewerTokenController(new ViewerTokenFile(file)).token();

        assertThat(answer.getBody()).containsExactly(Map.entry("token", "eyJ.viewer.token"));
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void isUnavailableUntilTheStackHasWrittenTheFile(@TempDir Path directory) {
        ViewerTokenController controller = new ViewerTokenController(new ViewerTokenFile(directory.resolve("not-yet")));

        assertThatThrownBy(controller::token).isInstanceOf(UnavailableException.class).hasMessageContaining("not minted the dashboard's token yet");
    }
}
