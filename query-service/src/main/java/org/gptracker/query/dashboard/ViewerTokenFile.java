package org.gptracker.query.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file the local stack writes its dashboard token into. Read on every request: the stack writes it once
 * both services are up, and again on each start, while this service keeps running.
 */
@Component
@ConditionalOnProperty(ViewerTokenController.PROPERTY)
class ViewerTokenFile {

    private final Path path;

    ViewerTokenFile(@Value("${" + ViewerTokenController.PROPERTY + "}") Path path) {
        this.path = path;
    }

    /** Empty until the stack has written it. */
    Optional<String> read() {
        try {
            String token = Files.readString(path).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the dashboard token from " + path, e);
        }
    }
}
