package org.gptracker.events.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryTest {

    @ParameterizedTest
    @ValueSource(strings = {"UA", "JP", "CA", "ZA", "KZ"})
    void anIsoAlpha2CodeIsACountry(String code) {
        assertThat(Country.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ua", "UKR", "", " ", "U"})
    void anythingElseIsRefusedWithTheCodeInTheMessage(String code) {
        assertThatThrownBy(() -> Country.of(code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMissingCountryIsRefused() {
        assertThatThrownBy(() -> Country.of(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("required");
    }

    @Test
    void anUnknownCodeIsNamedInTheMessage() {
        assertThatThrownBy(() -> Country.of("XX")).hasMessageContaining("'XX'");
    }
}
