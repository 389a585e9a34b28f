package org.gptracker.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.events.project.ProjectProposed;

import java.util.HashSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A project's lifecycle: it decides what may happen next; its event handlers only remember. */
@Aggregate
class Project {

    @AggregateIdentifier
    private String projectId;
    private ProjectStatus status;

    Project() {
        // rebuilt from its events
    }

    @CommandHandler
    Project(ProposeProject command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new CommandRefusedException("TITLE_REQUIRED", "A project needs a title.");
        }
        if (command.recipients() == null || command.recipients().isEmpty()) {
            throw new CommandRefusedException("RECIPIENT_REQUIRED", "A project needs at least one recipient state.");
        }
        if (new HashSet<>(command.recipients()).size() != command.recipients().size()) {
            throw new CommandRefusedException("DUPLICATE_RECIPIENT", "Each recipient state may be named only once.");
        }
        apply(new ProjectProposed(
                command.projectId(),
                command.title().strip(),
                command.description(),
                command.recipients(),
                command.area(),
                command.priorities(),
                command.requestedBudget(),
                command.expertiseNeeded(),
                command.effectiveDate(),
                command.presidencyYear()));
    }

    @EventSourcingHandler
    void on(ProjectProposed event) {
        projectId = event.projectId();
        status = ProjectStatus.PROPOSED;
    }
}
