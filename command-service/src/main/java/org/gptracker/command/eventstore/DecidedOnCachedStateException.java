package org.gptracker.command.eventstore;

/**
 * A command was refused, or changed nothing, on state kept in memory, which another instance may have
 * changed since; nothing was stored. Its sender tries it once more marked {@link CachedState#FRESH} and
 * answers what that decides.
 */
public class DecidedOnCachedStateException extends RuntimeException {

    DecidedOnCachedStateException(RuntimeException decision) {
        super("decided on cached state; to be decided again on state read from the store", decision, false, false);
    }
}
