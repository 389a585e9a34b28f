package org.gptracker.command.eventstore;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Whether a command is being decided on state this instance kept in memory (a cached aggregate, the
 * partnership calendar) rather than state read from the store in the command's own transaction, and the
 * metadata that asks for the latter. Both are kept on the command's unit of work.
 */
public final class CachedState {

    /** Command metadata: decide on state read from the store, nothing cached. */
    public static final String FRESH = "freshState";
    private static final String USED = CachedState.class.getName() + ".used";

    private CachedState() {
    }

    /** The command being handled asks for state read from the store. */
    public static boolean freshRequired() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage().getMetaData().containsKey(FRESH);
    }

    /** Notes that the command being handled was given state kept in memory. */
    public static void used() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().resources().put(USED, Boolean.TRUE);
        }
    }

    static boolean wasUsed(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(USED);
    }
}
