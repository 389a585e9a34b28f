package org.gptracker.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks must decide exactly as the regular expressions of Spring Security's StrictHttpFirewall. */
class HeaderCharactersTest {

    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Property(tries = 5000)
    void aHeaderNameIsAllowedExactlyWhenTheFirewallsExpressionAllowsIt(@ForAll("headerText") String text) {
        assertThat(HeaderCharacters.ALLOWED_NAME.test(text)).isEqualTo(NAME.matcher(text).matches());
    }

    @Property(tries = 5000)
    void aHeaderValueIsAllowedExactlyWhenTheFirewallsExpressionAllowsIt(@ForAll("headerText") String text) {
        assertThat(HeaderCharacters.ALLOWED_VALUE.test(text)).isEqualTo(VALUE.matcher(text).matches());
    }

    @Provide
    Arbitrary<String> headerText() {
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> mostlyPrintable = Arbitraries.strings()
                .withCharRange(' ', '~').withChars('\t', '\n', '\u0000', '\u007f', '\u0085', '\u00e9', '\u0378', '\ud83d', '\ude00')
                .ofMaxLength(40);
        return Arbitraries.oneOf(ascii, anything, mostlyPrintable);
    }
}
