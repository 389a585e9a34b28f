package org.gptracker.command.imports;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gptracker.command.eventstore.CachedState;
import org.gptracker.command.eventstore.DecidedOnCachedStateException;
import org.gptracker.command.project.ProjectCommand;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one project's steps all or nothing: its commands run one after another inside one
 * database transaction and one unit of work, so each command sees what the ones before it did and
 * a refusal rolls every one of them back. Steps applied by an earlier import are skipped; when
 * every step was, nothing is stored at all.
 */
final class ProjectImport {

    /**
     * A project that lost a race with a concurrent import of the same project, or that a step refused on state
     * kept in memory, is tried again on what the store holds.
     */
    private static final int ATTEMPTS = 3;

    enum Result { APPLIED, UNCHANGED, REFUSED }

    record Outcome(Result result, List<ImportError> errors) {
    }

    private final TransactionTemplate transactions;
    private final CommandGateway gateway;
    private final AppliedSteps applied;
    private final StepCommands commands;

    ProjectImport(TransactionTemplate transactions, CommandGateway gateway, AppliedSteps applied, StepCommands commands) {
        this.transactions = transactions;
        this.gateway = gateway;
        this.applied = applied;
        this.commands = commands;
    }

    Outcome apply(ProjectSteps project, String importId, Map<String, ?> metadata) {
        if (!project.unreadable().isEmpty()) {
            return new Outcome(Result.REFUSED, project.unreadable());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tryApply(project, importId, attempt == 1 ? metadata : fresh(metadata));
            } catch (Raced raced) {
                if (attempt == ATTEMPTS) {
                    return new Outcome(Result.REFUSED, List.of(error(project, raced.index, raced.failure)));
                }
            }
        }
    }

    private Outcome tryApply(ProjectSteps project, String importId, Map<String, ?> metadata) {
        return transactions.execute(status -> {
            List<Integer> pending = notYetApplied(project);
            if (pending.isEmpty()) {
                return new Outcome(Result.UNCHANGED, List.of());
            }
            List<ProjectCommand> toSend = new ArrayList<>();
            List<ImportError> invalid = new ArrayList<>();
            for (int index : pending) {
                try {
                    toSend.add(commands.command(project, index));
                } catch (RuntimeException e) {
                    invalid.add(error(project, index, e));
                }
            }
            if (!invalid.isEmpty()) {
                return new Outcome(Result.REFUSED, invalid);
            }
            ImportError refused = send(project, pending, toSend, metadata);
            if (refused != null) {
                status.setRollbackOnly();
                return new Outcome(Result.REFUSED, List.of(refused));
            }
            record(project, pending, importId);
            return new Outcome(Result.APPLIED, List.of());
        });
    }

    /** The indexes of the project's steps no import has applied yet, read inside the project's transaction. */
    private List<Integer> notYetApplied(ProjectSteps project) {
        Set<String> done = applied.appliedAmong(project.keys());
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < project.steps().size(); i++) {
            if (!done.contains(project.key(i))) {
                pending.add(i);
            }
        }
        return pending;
    }

    private void record(ProjectSteps project, List<Integer> pending, String importId) {
        try {
            applied.record(pending.stream().map(project::key).toList(), importId);
        } catch (RuntimeException e) {
            if (Reasons.isRace(e)) {
                throw new Raced(pending.get(0), e);
            }
            throw e;
        }
    }

    /**
     * Sends the commands inside one unit of work, so each runs nested in it: they share one loaded
     * aggregate, its events are stored together when that unit commits, and Axon's lock on the
     * project is held until then. (With a unit of work per command the lock would be let go between
     * commands while the transaction still holds the rows, and a concurrent command on the project
     * could wait for the rows while holding the lock this import needs next.)
     */
    private ImportError send(ProjectSteps project, List<Integer> pending, List<ProjectCommand> toSend, Map<String, ?> metadata) {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(project.projectId()));
        int sending = 0;
        try {
            for (; sending < toSend.size(); sending++) {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(toSend.get(sending)).andMetaData(metadata));
            }
            unit.commit();
            return null;
        } catch (RuntimeException e) {
            rollback(unit, e);
            if (Reasons.isRace(e) || e instanceof DecidedOnCachedStateException) {
                throw new Raced(pending.get(Math.min(sending, pending.size() - 1)), e);
            }
            if (sending == toSend.size()) {
                throw e; // storing failed, not a step
            }
            return error(project, pending.get(sending), e);
        }
    }

    /** A project tried again is decided on state read from the store, none kept in memory. */
    private static Map<String, ?> fresh(Map<String, ?> metadata) {
        Map<String, Object> fresh = new HashMap<>(metadata);
        fresh.put(CachedState.FRESH, Boolean.TRUE);
        return fresh;
    }

    private static void rollback(UnitOfWork<?> unit, RuntimeException cause) {
        if (unit.isActive()) {
            unit.rollback(cause);
        }
    }

    private static ImportError error(ProjectSteps project, int index, RuntimeException failure) {
        String reason = Reasons.of(failure, project.projectId());
        if (reason == null) {
            throw failure;
        }
        return new ImportError(project.steps().get(index).line(), project.reference(), reason);
    }

    /** The project met a concurrent change (most likely another import of it); its transaction is rolled back. */
    private static final class Raced extends RuntimeException {
        private final int index;
        private final RuntimeException failure;

        Raced(int index, RuntimeException failure) {
            super(failure);
            this.index = index;
            this.failure = failure;
        }
    }
}
