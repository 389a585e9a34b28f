package org.gptracker.command.relay;

/** A republish was asked for while another one runs; answered 409. */
class RepublishRunningException extends RuntimeException {

    RepublishRunningException() {
        super("A republish is already running; ask again when it has finished.");
    }
}
