package org.gptracker.command.imports;

/** As many imports are running and waiting as the service takes; answered 503 with Retry-After. */
class ImportsBusyException extends RuntimeException {

    ImportsBusyException() {
        super("As many imports are running and waiting as the service takes; try again in a minute.");
    }
}
