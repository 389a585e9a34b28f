package org.gptracker.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver must answer every Authorization header exactly as Spring Security's default does. */
class BearerTokensTest {

    private final BearerTokens tokens = new BearerTokens();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Property(tries = 5000)
    void everyAuthorizationHeaderIsAnsweredAsSpringSecurityAnswersIt(@ForAll("authorization") String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
        request.addHeader("Authorization", header);

        assertThat(answer(() -> tokens.resolve(request))).isEqualTo(answer(() -> spring.resolve(request)));
    }

    private static String answer(java.util.function.Supplier<String> resolve) {
        try {
            return "token " + resolve.get();
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + " " + refused.getError().getDescription();
        }
    }

    @Provide
    Arbitrary<String> authorization() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "bearerx ", "", " Bearer ");
        Arbitrary<String> token = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-', '.', '_', '~', '+', '/', '=', ' ', '\t', '\n', '%', ',', 'é')
                .ofMaxLength(30);
        return Arbitraries.oneOf(scheme.flatMap(s -> token.map(t -> s + t)), Arbitraries.strings().ascii().ofMaxLength(30));
    }
}
