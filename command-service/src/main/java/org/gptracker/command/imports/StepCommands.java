package org.gptracker.command.imports;

import org.gptracker.command.project.ProjectCommands;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;

import java.util.List;

/**
 * Turns a step into the command a user would send for it, checked by the API's own request rules.
 * The ids of what a step creates come from the file (see {@link Ids}): an offer from its
 * reference, a commitment or disbursement from its transaction ref, else from the step's key.
 */
final class StepCommands {

    private final ProjectCommands commands;

    StepCommands(ProjectCommands commands) {
        this.commands = commands;
    }

    /** The command for the project's step at {@code index}; a {@link RequestValidationException} when the step breaks the rules. */
    Object command(ProjectSteps project, int index) {
        Step s = project.steps().get(index);
        String id = project.projectId();
        return switch (s.kind()) {
            case PROPOSE -> commands.propose(id, s.title(), s.description(), s.recipients(), s.area(), s.priorities(), s.amount(),
                    s.currency(), s.effectiveDate());
            case REVISE -> commands.revise(id, s.title(), s.description(), s.recipients(), s.area(), s.priorities(), s.amount(),
                    s.currency(), s.effectiveDate());
            case OFFER -> commands.offer(id, s.ref() == null ? Ids.named("offer:" + project.key(index))
                    : offerId(project, s), s.donor(), s.supportKind(), s.amount(), s.currency(), s.effectiveDate());
            case ACCEPT -> commands.accept(id, offerId(project, s), s.effectiveDate());
            case DECLINE -> commands.decline(id, offerId(project, s), s.reason(), s.effectiveDate());
            case WITHDRAW -> commands.withdraw(id, offerId(project, s), s.effectiveDate());
            case COMMIT -> commands.commit(id, flowId("commitment", project, index), s.donor(), s.amount(), s.currency(),
                    s.effectiveDate());
            case DISBURSE -> commands.disburse(id, flowId("disbursement", project, index), s.donor(), s.amount(), s.currency(),
                    s.effectiveDate());
            case CLOSE -> commands.close(id, s.outcome(), s.reason(), s.effectiveDate());
        };
    }

    private static String offerId(ProjectSteps project, Step step) {
        if (step.ref() == null) {
            throw new RequestValidationException(List.of(new FieldError("offer",
                    "is required for " + step.kind() + ": the reference of an offer made earlier in the file")));
        }
        return Ids.referenced("offer", project.projectId(), step.ref());
    }

    private static String flowId(String what, ProjectSteps project, int index) {
        String ref = project.steps().get(index).ref();
        return ref == null ? Ids.named(what + ":" + project.key(index)) : Ids.referenced(what, project.projectId(), ref);
    }
}
