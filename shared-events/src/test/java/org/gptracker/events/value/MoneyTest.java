package org.gptracker.events.value;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.gptracker.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private final ObjectMapper json = EventJson.newMapper();

    @Test
    void anAmountIsKeptWithTheCurrencysScale() {
        assertThat(Money.parse("1500000", "EUR").amountText()).isEqualTo("1500000.00");
        assertThat(Money.parse("1500000", "JPY").amountText()).isEqualTo("1500000");
    }

    @ParameterizedTest
    @CsvSource({
            "-1, EUR, greater than zero",
            "0, EUR, greater than zero",
            "1.005, EUR, fraction digits",
            "1.5, JPY, no fraction digits",
            "abc, EUR, not a decimal",
            "1e400, EUR, larger than",
            "10, EURO, not an ISO 4217",
            "10, eur, not an ISO 4217",
            "10, XAU, not a currency of money"
    })
    void anAmountBreakingTheRulesIsRefusedWithAReason(String amount, String currency, String reason) {
        assertThatThrownBy(() -> Money.parse(amount, currency))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(reason);
    }

    @Test
    void moneyIsWrittenWithTheAmountAsAString() throws Exception {
        assertThat(json.writeValueAsString(Money.parse("2500000.00", "EUR")))
                .isEqualTo("{\"amount\":\"2500000.00\",\"currency\":\"EUR\"}");
    }

    @Test
    void threeDigitCurrenciesAreKeptToTwoFractionDigits() {
        assertThatThrownBy(() -> Money.parse("1.005", "BHD")).hasMessageContaining("fraction digits");
    }

    @Property
    void everyValidAmountSurvivesAJsonRoundTrip(
            @ForAll @BigRange(min = "0.01", max = "999999999999.99") @Scale(2) BigDecimal amount) throws Exception {
        Money money = Money.of(amount, "USD");

        Money back = json.readValue(json.writeValueAsString(money), Money.class);

        assertThat(back).isEqualTo(money);
        assertThat(back.amount()).isEqualByComparingTo(amount);
    }

    @Property
    void addingKeepsTheCurrencyAndTheSum(
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal a,
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal b) {
        Money sum = Money.of(a, "EUR").plus(Money.of(b, "EUR"));

        assertThat(sum.amount()).isEqualByComparingTo(a.add(b));
        assertThat(sum.exceeds(Money.of(a, "EUR"))).isTrue();
    }
}
