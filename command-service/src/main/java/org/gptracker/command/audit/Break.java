package org.gptracker.command.audit;

/** One place where the stored chain no longer proves itself. */
record Break(String aggregateId, String aggregateType, long sequence, Reason reason) {

    enum Reason {
        /** The event's content no longer hashes to its recorded hash: it was changed. */
        HASH_MISMATCH,
        /** The event's prevHash is not its predecessor's hash. */
        CHAIN_MISMATCH,
        /** A sequence of the aggregate is not stored. */
        MISSING_EVENT,
        /** The store no longer holds the head the latest digest recorded: a cut (or rewritten) tail. */
        HEAD_MISSING
    }
}
