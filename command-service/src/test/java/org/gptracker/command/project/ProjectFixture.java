package org.gptracker.command.project;

import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** Builders for project commands and events with sensible defaults; tests change only what matters. */
final class ProjectFixture {

    static final String PROJECT_ID = "5b4f3a2e-1c0d-4e9f-8a7b-6c5d4e3f2a10";
    static final LocalDate PROPOSED_ON = LocalDate.of(2023, 3, 14);

    private ProjectFixture() {
    }

    static ProposeProject chornobylProposal() {
        return new ProposeProject(PROJECT_ID, "Rebuild physical protection at the Chornobyl site", null,
                List.of(Country.of("UA")), CbrnArea.NUCLEAR, List.of("UKRAINE"), Money.parse("2500000.00", "EUR"),
                List.of(), PROPOSED_ON, 2023);
    }

    static ProposeProject withTitle(ProposeProject command, String title) {
        return new ProposeProject(command.projectId(), title, command.description(), command.recipients(), command.area(),
                command.priorities(), command.requestedBudget(), command.expertiseNeeded(), command.effectiveDate(),
                command.presidencyYear());
    }

    static ProposeProject withRecipients(ProposeProject command, String... recipients) {
        return new ProposeProject(command.projectId(), command.title(), command.description(),
                java.util.Arrays.stream(recipients).map(Country::of).toList(), command.area(),
                command.priorities(), command.requestedBudget(), command.expertiseNeeded(), command.effectiveDate(),
                command.presidencyYear());
    }

    static ProjectProposed proposed(ProposeProject command) {
        return new ProjectProposed(command.projectId(), command.title(), command.description(), command.recipients(),
                command.area(), command.priorities(), command.requestedBudget(), command.expertiseNeeded(),
                command.effectiveDate(), command.presidencyYear());
    }
}
