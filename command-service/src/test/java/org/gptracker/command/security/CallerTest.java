package org.gptracker.command.security;

import org.gptracker.security.Role;
import org.gptracker.command.AccessRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static Caller from(List<String> roles, String country) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z")).claim("roles", roles);
        if (country != null) {
            jwt.claim("country", country);
        }
        return Caller.of(jwt.build());
    }

    @Test
    void theRolesClaimGrantsOnlyKnownRoles() {
        Caller caller = from(List.of("DONOR", "ADMIN", "viewer"), "JP");

        assertThat(caller.roles()).isEqualTo(EnumSet.of(Role.DONOR));
        assertThat(caller.subject()).isEqualTo("someone");
        assertThat(caller.country()).isEqualTo("JP");
    }

    @Test
    void aDonorMayActOnlyInItsOwnStatesName() {
        Caller japan = from(List.of("DONOR"), "JP");

        assertThatCode(() -> japan.requireActingAs("JP")).doesNotThrowAnyException();
        assertThatThrownBy(() -> japan.requireActingAs("CA")).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("JP").hasMessageContaining("CA");
    }

    @Test
    void aRecipientOfOneStateCannotActAsADonorOfIt() {
        assertThatThrownBy(() -> from(List.of("RECIPIENT"), "UA").requireActingAs("UA"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aRecipientMayProposeOnlyWhatItsOwnStateReceives() {
        Caller ukraine = from(List.of("RECIPIENT"), "UA");

        assertThatCode(() -> ukraine.requireRecipientAmong(Set.of("UA", "MD"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ukraine.requireRecipientAmong(Set.of("MD"))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aScopedTokenWithoutACountryActsForNoState() {
        Caller stateless = from(List.of("RECIPIENT", "DONOR"), null);

        assertThatThrownBy(() -> stateless.requireRecipientAmong(Set.of("UA"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> stateless.requireActingAs("UA")).isInstanceOf(AccessRefusedException.class);
        assertThat(stateless.actingFor()).isEmpty();
    }

    @Test
    void theSecretariatActsForEveryStateAndCarriesNoScope() {
        Caller secretariat = from(List.of("SECRETARIAT"), null);

        assertThatCode(() -> secretariat.requireActingAs("CA")).doesNotThrowAnyException();
        assertThatCode(() -> secretariat.requireRecipientAmong(Set.of("UA"))).doesNotThrowAnyException();
        assertThat(secretariat.actingFor()).isNull();
    }

    @Test
    void anyOtherCallerIsConfinedToItsState() {
        assertThat(from(List.of("DONOR"), "JP").actingFor()).isEqualTo("JP");
    }
}
