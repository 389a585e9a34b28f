package org.gptracker.testsupport;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules of the shared web edge (web-support) that both services' architecture tests check. */
public final class EdgeRules {

    private static final List<String> VALIDATION = List.of("jakarta.validation.Valid",
            "org.springframework.validation.annotation.Validated");

    private EdgeRules() {
    }

    /**
     * The edge runs Spring MVC without bean validation (web-support's {@code NoBeanValidation}), so a {@code @Valid}
     * or {@code @Validated} would silently validate nothing: requests are checked where they become commands.
     */
    public static final ArchRule NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION = methods()
            .should(new ArchCondition<>("have no parameter annotated with @Valid or @Validated") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaParameter parameter : method.getParameters()) {
                        VALIDATION.stream().filter(parameter::isAnnotatedWith).forEach(annotation -> events.add(
                                SimpleConditionEvent.violated(method, method.getFullName() + " parameter "
                                        + parameter.getIndex() + " asks for " + annotation
                                        + ", which the edge does not run: check the request where it becomes a command")));
                    }
                }
            });

    /** As {@link #NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION}, for method validation asked for on a class. */
    public static final ArchRule NO_CLASS_ASKS_FOR_BEAN_VALIDATION = noClasses()
            .should().beAnnotatedWith(VALIDATION.get(1))
            .because("the edge runs Spring MVC without bean validation, so it would validate nothing");
}
