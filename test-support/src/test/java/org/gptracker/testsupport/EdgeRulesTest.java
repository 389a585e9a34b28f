package org.gptracker.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.validation.annotation.Validated;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgeRulesTest {

    record Proposal(String title) {
    }

    static class ValidatingHandler {
        void propose(@Valid Proposal proposal) {
        }
    }

    @Validated
    static class ValidatedHandler {
        void propose(Proposal proposal) {
        }
    }

    static class PlainHandler {
        void propose(Proposal proposal) {
        }
    }

    @Test
    void aHandlerParameterAskingForValidationBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(ValidatingHandler.class, Proposal.class);

        assertThatThrownBy(() -> EdgeRules.NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION.check(classes))
                .hasMessageContaining("ValidatingHandler.propose").hasMessageContaining("jakarta.validation.Valid");
    }

    @Test
    void aClassAskingForMethodValidationBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(ValidatedHandler.class, Proposal.class);

        assertThatThrownBy(() -> EdgeRules.NO_CLASS_ASKS_FOR_BEAN_VALIDATION.check(classes))
                .hasMessageContaining("ValidatedHandler");
    }

    @Test
    void handlersCheckingTheirOwnRequestsKeepTheRules() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlainHandler.class, Proposal.class);

        assertThatCode(() -> {
            EdgeRules.NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION.check(classes);
            EdgeRules.NO_CLASS_ASKS_FOR_BEAN_VALIDATION.check(classes);
        }).doesNotThrowAnyException();
    }
}
