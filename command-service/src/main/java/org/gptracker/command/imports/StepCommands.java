package org.gptracker.command.imports;

import org.gptracker.command.project.AcceptOffer;
import org.gptracker.command.project.CloseProject;
import org.gptracker.command.project.CommitFunding;
import org.gptracker.command.project.DeclineOffer;
import org.gptracker.command.project.DisburseFunds;
import org.gptracker.command.project.OfferSupport;
import org.gptracker.command.project.ProjectCommand;
import org.gptracker.command.project.ProposeProject;
import org.gptracker.command.project.ReviseProposal;
import org.gptracker.command.project.WithdrawOffer;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;

import java.time.Clock;
import java.util.List;

/**
 * Turns a step into the command a user would send for it, built by the command's own factory, so checked
 * by the same rules and refused with the same messages as the API's.
 * The ids of what a step creates come from the file (see {@link Ids}): an offer from its
 * reference, a commitment or disbursement from its transaction ref, else from the step's key.
 */
final class StepCommands {

    private final Clock clock;

    StepCommands(Clock clock) {
        this.clock = clock;
    }

    /** The command for the project's step at {@code index}; a {@link RequestValidationException} when the step breaks the rules. */
    ProjectCommand command(ProjectSteps project, int index) {
        Step s = project.steps().get(index);
        String id = project.projectId();
        FieldErrors errors = new FieldErrors();
        return switch (s.kind()) {
            case PROPOSE -> ProposeProject.of(errors, id, s.title(), s.description(), s.recipients(), s.area(), s.priorities(),
                    s.amount(), s.currency(), null, s.effectiveDate(), clock);
            case REVISE -> ReviseProposal.of(errors, id, s.title(), s.description(), s.recipients(), s.area(), s.priorities(),
                    s.amount(), s.currency(), null, s.effectiveDate(), clock);
            case OFFER -> OfferSupport.of(errors, id, s.ref() == null ? Ids.named("offer:" + project.key(index)) : offerId(project, s),
                    s.donor(), s.supportKind(), s.amount(), s.currency(), null, s.effectiveDate(), clock);
            case ACCEPT -> AcceptOffer.of(errors, id, offerId(project, s), s.effectiveDate(), clock);
            case DECLINE -> DeclineOffer.of(errors, id, offerId(project, s), s.reason(), s.effectiveDate(), clock);
            case WITHDRAW -> WithdrawOffer.of(errors, id, offerId(project, s), s.effectiveDate(), clock);
            case COMMIT -> CommitFunding.of(errors, id, flowId("commitment", project, index), s.donor(), s.amount(), s.currency(),
                    s.effectiveDate(), clock);
            case DISBURSE -> DisburseFunds.of(errors, id, flowId("disbursement", project, index), s.donor(), s.amount(), s.currency(),
                    s.effectiveDate(), clock);
            case CLOSE -> CloseProject.of(errors, id, s.outcome(), s.reason(), s.effectiveDate(), clock);
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
