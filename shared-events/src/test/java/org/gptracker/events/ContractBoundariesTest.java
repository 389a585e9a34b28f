package org.gptracker.events;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contract is read by every service and by non-Java consumers: it carries no framework. */
class ContractBoundariesTest {

    @Test
    void sharedEventsDependsOnNeitherSpringNorAxon() {
        ArchRule rule = noClasses().that().resideInAPackage("org.gptracker.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "org.gptracker.command..", "org.gptracker.query..");
        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gptracker.events"));
    }
}
