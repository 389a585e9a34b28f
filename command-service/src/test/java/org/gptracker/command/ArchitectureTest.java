package org.gptracker.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.gptracker.testsupport.EdgeRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private final JavaClasses commandService = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gptracker.command");

    @Test
    void theCommandServiceNeverReachesIntoTheQueryService() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.gptracker.query..").check(commandService);
    }

    @Test
    void aggregatesKnowNothingOfHttpOrKafka() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.springframework.kafka..", "org.apache.kafka..", "org.gptracker.command.web..", "org.gptracker.web..")
                .check(commandService);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.gptracker.command.(*)..").should().beFreeOfCycles().check(commandService);
    }

    @Test
    void noHandlerAsksForBeanValidationWhichTheEdgeDoesNotRun() {
        EdgeRules.NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION.check(commandService);
        EdgeRules.NO_CLASS_ASKS_FOR_BEAN_VALIDATION.check(commandService);
    }
}
