package org.gptracker.events.value;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.EventJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    private final ObjectMapper json = EventJson.newMapper();

    @Test
    void aStateIsAMemberByItsIsoCode() {
        Member japan = Member.of("JP");

        assertThat(japan.isOrganisation()).isFalse();
        assertThat(japan.organisationName()).isNull();
        assertThat(Member.of(Country.of("JP"))).isEqualTo(japan);
    }

    @Test
    void theEuropeanUnionIsAMemberOrganisation() {
        Member eu = Member.of("EU");

        assertThat(eu.isOrganisation()).isTrue();
        assertThat(eu.organisationName()).isEqualTo("European Union");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Member.of("XX")).isInstanceOf(InvalidValueException.class).hasMessageContaining("EU");
        assertThatThrownBy(() -> Member.of("eu")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Member.of("NATO")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Member.of(" ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theEuIsNoCountrySoItCanNeverBeARecipient() {
        assertThatThrownBy(() -> Country.of("EU")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onTheWireAMemberIsItsCode() throws Exception {
        assertThat(json.writeValueAsString(Member.of("EU"))).isEqualTo("\"EU\"");
        assertThat(json.readValue("\"CA\"", Member.class)).isEqualTo(Member.of("CA"));
    }
}
