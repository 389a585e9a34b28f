package org.gptracker.benchmarks.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

/** Budgets and pledges in round thousands, in the currency a donor or recipient would plausibly use. */
final class Amounts {

    /** Rough units per euro, only to keep amounts in different currencies of a similar size. */
    private static final Map<String, Integer> UNITS_PER_EURO_CENTS = Map.of(
            "EUR", 100, "USD", 110, "CAD", 150, "GBP", 85, "JPY", 16000, "CHF", 95, "NOK", 1150, "SEK", 1130, "AUD", 165,
            "KRW", 145000);

    private static final Map<String, String> HOME_CURRENCY = Map.of(
            "US", "USD", "CA", "CAD", "GB", "GBP", "JP", "JPY", "CH", "CHF", "NO", "NOK", "SE", "SEK", "AU", "AUD", "KR", "KRW");

    private static final List<String> BUDGET_CURRENCIES = List.of("EUR", "USD", "CAD", "GBP", "JPY");

    private Amounts() {
    }

    static String budgetCurrency(DeterministicRandom random) {
        return BUDGET_CURRENCIES.get(random.weighted(45, 30, 8, 8, 9));
    }

    static String homeCurrency(Member donor) {
        return HOME_CURRENCY.getOrDefault(donor.code(), "EUR");
    }

    /** Between 50 thousand and 10 million euros' worth, skewed towards the lower end as real budgets are. */
    static Money budget(DeterministicRandom random, String currency) {
        double u = random.unit();
        long thousandsOfEuros = 50 + Math.round(u * u * u * 9_950);
        return inCurrency(thousandsOfEuros, currency);
    }

    /** A share of {@code whole}, in round thousands of its currency, never zero and never more than whole. */
    static Money share(Money whole, double fraction) {
        BigDecimal thousands = whole.amount().movePointLeft(3);
        long wholeThousands = thousands.longValue();
        long part = Math.max(1, Math.min(wholeThousands, Math.round(wholeThousands * fraction)));
        return Money.of(BigDecimal.valueOf(part * 1000), whole.currencyCode());
    }

    /** {@code reference} converted into {@code currency} and scaled by fraction, in round thousands. */
    static Money converted(Money reference, String currency, double fraction) {
        long eurosInThousands = reference.amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(UNITS_PER_EURO_CENTS.get(reference.currencyCode())), RoundingMode.HALF_UP)
                .movePointLeft(3).longValue();
        return inCurrency(Math.max(1, Math.round(eurosInThousands * fraction)), currency);
    }

    private static Money inCurrency(long thousandsOfEuros, String currency) {
        long thousands = Math.max(1, thousandsOfEuros * UNITS_PER_EURO_CENTS.get(currency) / 100);
        return Money.of(BigDecimal.valueOf(thousands * 1000), currency);
    }
}
