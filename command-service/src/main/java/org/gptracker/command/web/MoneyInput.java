package org.gptracker.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

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

    /**
     * The amount as text, as the command's factory reads it; a JSON number is named in {@code errors} as
     * the bad field it is, and null (absent) is returned in its place.
     */
    public String amountText(String field, FieldErrors errors) {
        if (amount == null || amount.isNull()) {
            return null;
        }
        if (!amount.isTextual()) {
            errors.reject(field + ".amount", "must be a decimal string such as \"1500000.00\", not a JSON number");
            return null;
        }
        return amount.asText();
    }

    /** The amount of a money object that may be absent. */
    public static String amountText(MoneyInput money, String field, FieldErrors errors) {
        return money == null ? null : money.amountText(field, errors);
    }

    public static String currency(MoneyInput money) {
        return money == null ? null : money.currency();
    }
}
