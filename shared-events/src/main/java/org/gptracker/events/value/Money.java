package org.gptracker.events.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A positive amount in an ISO 4217 currency, a decimal string on the wire (DESIGN §2). */
public final class Money {

    /** Large enough for any budget the partnership has seen, small enough to fit numeric(17,2). */
    private static final BigDecimal MAXIMUM = new BigDecimal("999999999999999.99");

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        return new Money(checkAmount(amount, currency).setScale(fractionDigits(currency)), currency);
    }

    /**
     * The amount if it is a valid amount of money in {@code currency}; with a null currency only
     * the rules that hold in every currency are checked.
     */
    public static BigDecimal checkAmount(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidValueException("an amount is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidValueException("the amount must be greater than zero");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new InvalidValueException("the amount is larger than " + MAXIMUM.toPlainString());
        }
        if (currency != null) {
            int digits = fractionDigits(currency);
            if (amount.stripTrailingZeros().scale() > digits) {
                throw new InvalidValueException(digits == 0
                        ? currency.getCurrencyCode() + " amounts have no fraction digits"
                        : "the amount has more than " + digits + " fraction digits");
            }
        }
        return amount;
    }

    @JsonCreator
    public static Money parse(@JsonProperty("amount") String amount, @JsonProperty("currency") String currencyCode) {
        return of(parseAmount(amount), currencyCode);
    }

    public static BigDecimal parseAmount(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidValueException("an amount is required, as a decimal string such as \"1500000.00\"");
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + amount + "' is not a decimal amount such as \"1500000.00\"");
        }
    }

    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("a currency is required (ISO 4217 code, e.g. EUR)");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0 || !code.equals(currency.getCurrencyCode())) {
                throw new InvalidValueException("'" + code + "' is not a currency of money");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("'" + code + "' is not an ISO 4217 currency code (e.g. EUR, USD, JPY)");
        }
    }

    private static int fractionDigits(Currency currency) {
        return Math.min(2, currency.getDefaultFractionDigits());
    }

    @JsonIgnore
    public BigDecimal amount() {
        return amount;
    }

    @JsonGetter("amount")
    public String amountText() {
        return amount.toPlainString();
    }

    @JsonGetter("currency")
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @JsonIgnore
    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public boolean exceeds(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currencyCode() + " with " + other.currencyCode());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
