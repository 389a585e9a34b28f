package org.gptracker.command.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Mints bearer tokens for trying the API on a laptop. It exists only under the {@code local-stack}
 * profile, whose key the local stack generated; no other profile has this endpoint.
 */
@RestController
@Profile(CommandAccess.LOCAL_STACK_PROFILE)
@Tag(name = "Local tokens", description = "Only under the local-stack profile")
class DevTokenController {

    private final DevTokenIssuer issuer;

    DevTokenController(@Value("${gp.dev-tokens.private-key-location}") Resource privateKey, Clock clock) {
        this.issuer = new DevTokenIssuer(privateKey, clock);
    }

    @PostMapping("/dev/tokens")
    @SecurityRequirements
    @Operation(summary = "Mint a token (local stack only)",
            description = "{\"sub\":\"alice\",\"roles\":[\"SECRETARIAT\"],\"country\":null} → a JWT signed with the local key. "
                    + "RECIPIENT and DONOR need a country.")
    @RequestExample(name = "japan-donor", summary = "A donor acting for Japan", value = """
            {"sub":"kenji","roles":["DONOR"],"country":"JP"}""")
    @ResponseExample(status = "200", summary = "A signed JWT", value = """
            {"token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrZW5qaSJ9.c2lnbmF0dXJl","expiresAt":"2024-01-05T18:00:00Z"}""")
    DevTokenIssuer.Token mint(@RequestBody DevTokenRequest request) {
        return issuer.issue(request.checked());
    }
}
