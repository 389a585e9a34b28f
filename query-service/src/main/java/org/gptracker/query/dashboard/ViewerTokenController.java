package org.gptracker.query.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.gptracker.query.web.UnavailableException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Hands the dashboard page the VIEWER token the local stack minted, so that a developer does not paste one.
 * It exists only when {@value #PROPERTY} is set, which only {@code ./run-local} does: anyone who can reach
 * the port may read with it. Kept out of the API document, which describes what every deployment offers.
 */
@Hidden
@RestController
@ConditionalOnProperty(ViewerTokenController.PROPERTY)
class ViewerTokenController {

    static final String PROPERTY = "gp.dashboard.viewer-token-file";

    private final ViewerTokenFile file;

    ViewerTokenController(ViewerTokenFile file) {
        this.file = file;
    }

    @GetMapping("/dashboard/token")
    ResponseEntity<Map<String, String>> token() {
        String token = file.read().orElseThrow(() -> new UnavailableException(
                "The local stack has not minted the dashboard's token yet. Try again in a moment.", 2));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", token));
    }
}
