package org.gptracker.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money as a client sends it. The amount is read as raw JSON so that a number (which may already
 * have lost precision in the client) is refused rather than silently accepted.
 */
@Schema(name = "Money", description = "An amount of money; the amount is a decimal string, never a JSON number")
public record MoneyInput(
        @Schema(implementation = String.class, requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[0-9]+(\\.[0-9]{1,2})?$",
                description = "greater than zero, at most 2 fraction digits (0 for JPY)", example = "\"2500000.00\"")
        JsonNode amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 4217 code", example = "EUR")
        String currency) {

    public Money toMoney(String field, FieldErrors errors) {
        Currency parsedCurrency = errors.parse(field + ".currency", () -> Money.currency(currency));
        BigDecimal parsedAmount = null;
        if (amount == null || amount.isNull()) {
            errors.reject(field + ".amount", "is required, as a decimal string such as \"1500000.00\"");
        } else if (!amount.isTextual()) {
            errors.reject(field + ".amount", "must be a decimal string such as \"1500000.00\", not a JSON number");
        } else {
            parsedAmount = errors.parse(field + ".amount", () -> Money.parseAmount(amount.asText()));
        }
        if (parsedAmount == null) {
            return null;
        }
        BigDecimal checked = parsedAmount;
        if (parsedCurrency == null) {
            errors.parse(field + ".amount", () -> Money.checkAmount(checked, null));
            return null;
        }
        return errors.parse(field + ".amount", () -> Money.of(checked, parsedCurrency.getCurrencyCode()));
    }
}
