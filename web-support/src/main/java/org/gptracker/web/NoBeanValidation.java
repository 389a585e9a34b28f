package org.gptracker.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC without bean validation: requests are checked where they become commands and queries, and no handler
 * asks for {@code @Valid}. With Boot's default validator Spring MVC still prepared method validation for every
 * handler call, looking the handler's method and class up for {@code @Validated} each time (docs/performance.md);
 * a validator that is no {@code jakarta.validation.Validator} leaves that out. A {@code @Valid} added here would
 * validate nothing.
 */
@Configuration(proxyBeanMethods = false)
public class NoBeanValidation implements WebMvcConfigurer {

    static final Validator NONE = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return false;
        }

        @Override
        public void validate(Object target, Errors errors) {
        }
    };

    @Override
    public Validator getValidator() {
        return NONE;
    }
}
