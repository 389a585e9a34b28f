package org.gptracker.command.security;

import org.gptracker.security.Role;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DevTokenRequestTest {

    @Test
    void aSecretariatTokenNeedsNoCountryAndLastsAWorkingDay() {
        DevTokenRequest.Checked checked = new DevTokenRequest("alice", List.of("SECRETARIAT"), null, null).checked();

        assertThat(checked.subject()).isEqualTo("alice");
        assertThat(checked.roles()).isEqualTo(EnumSet.of(Role.SECRETARIAT));
        assertThat(checked.country()).isNull();
        assertThat(checked.validity()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void everyBadFieldIsNamed() {
        RequestValidationException invalid = catchThrowableOfType(RequestValidationException.class,
                () -> new DevTokenRequest(" ", List.of("DONOR", "KING"), null, 0).checked());

        assertThat(invalid.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("sub", "roles[1]", "country", "validMinutes");
    }

    @Test
    void aCountryMustBeAnIsoCode() {
        RequestValidationException invalid = catchThrowableOfType(RequestValidationException.class,
                () -> new DevTokenRequest("bob", List.of("DONOR"), "Japan", null).checked());

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("country");
    }
}
