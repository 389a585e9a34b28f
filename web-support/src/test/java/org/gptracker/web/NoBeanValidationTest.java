package org.gptracker.web;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.method.annotation.HandlerMethodValidator;

import static org.assertj.core.api.Assertions.assertThat;

class NoBeanValidationTest {

    @Test
    void springMvcPreparesNoMethodValidationWithTheEdgesValidator() {
        ConfigurableWebBindingInitializer binding = new ConfigurableWebBindingInitializer();
        binding.setValidator(new NoBeanValidation().getValidator());

        assertThat(HandlerMethodValidator.from(binding, null, null, null)).isNull();
    }
}
