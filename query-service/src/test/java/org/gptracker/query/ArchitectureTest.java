package org.gptracker.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gptracker.testsupport.EdgeRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private final JavaClasses queryService = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gptracker.query");

    @Test
    void theQueryServiceKnowsOnlyThePublishedContractOfTheCommandSide() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.gptracker.command..", "org.axonframework..")
                .check(queryService);
    }

    @Test
    void projectionsAndReadModelsKnowNothingOfKafka() {
        noClasses().that().resideInAnyPackage("org.gptracker.query.projection..", "org.gptracker.query.project..",
                        "org.gptracker.query.history..", "org.gptracker.query.presidency..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(queryService);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.gptracker.query.(*)..").should().beFreeOfCycles().check(queryService);
    }

    @Test
    void noHandlerAsksForBeanValidationWhichTheEdgeDoesNotRun() {
        EdgeRules.NO_PARAMETER_ASKS_FOR_BEAN_VALIDATION.check(queryService);
        EdgeRules.NO_CLASS_ASKS_FOR_BEAN_VALIDATION.check(queryService);
    }
}
