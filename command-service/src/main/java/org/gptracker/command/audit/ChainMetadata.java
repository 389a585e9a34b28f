package org.gptracker.command.audit;

/** Where a stored event keeps its link of the audit chain and its pseudonymous actor (its metadata). */
public final class ChainMetadata {

    public static final String ACTOR_REF = "actorRef";
    public static final String HASH = "hash";
    public static final String PREV_HASH = "prevHash";

    private ChainMetadata() {
    }
}
