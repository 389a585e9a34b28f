package org.gptracker.command.imports;

/** The file as a whole cannot be read (not CSV or XML, no header, broken encoding): the import fails and applies nothing. */
class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String reason) {
        super(reason);
    }

    UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
