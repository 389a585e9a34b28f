package org.gptracker.command;

/**
 * What a command handler answers when the command asks for what already is (e.g. a revision to the
 * proposal as it stands): nothing is stored, and the sender answers as if it had been.
 */
public enum NothingChanged {
    INSTANCE
}
