package org.gptracker.benchmarks.portfolio;

import java.util.List;
import java.util.Locale;

import org.gptracker.events.value.Country;

/**
 * About a hundred states that receive Global Partnership support, weighted by position: the list
 * starts with the states that receive most (Ukraine, the former Soviet Union, the Middle East), so a
 * skewed draw gives a realistic long tail.
 */
public final class RecipientStates {

    private static final List<Country> STATES = List.of(
            "UA", "RU", "GE", "KZ", "JO", "PH", "IQ", "LY", "KG", "UZ", "TJ", "AM", "MD", "AZ", "TN", "MA", "EG", "LB",
            "ID", "MY", "TH", "VN", "KH", "LA", "MN", "PK", "BD", "LK", "NP", "IN", "KE", "NG", "GH", "SN", "CI", "CM",
            "UG", "TZ", "ET", "ZA", "ZM", "MW", "MZ", "RW", "BF", "ML", "NE", "TD", "SD", "SL", "LR", "GN", "BJ", "TG",
            "GA", "CD", "CG", "AO", "NA", "BW", "ZW", "MG", "DZ", "MR", "SO", "DJ", "ER", "YE", "OM", "SA", "AE", "KW",
            "QA", "BH", "TR", "RS", "BA", "ME", "MK", "AL", "BY", "TM", "AF", "MX", "GT", "HN", "SV", "NI", "CR",
            "PA", "CO", "PE", "EC", "BO", "PY", "BR", "AR", "CL", "JM", "DO", "HT", "TT")
            .stream().map(Country::of).toList();

    private RecipientStates() {
    }

    public static List<Country> all() {
        return STATES;
    }

    static String name(Country country) {
        return new Locale("", country.code()).getDisplayCountry(Locale.ENGLISH);
    }
}
