package org.gptracker.query.consistency;

/** The command service could not be asked, or gave no usable answer; the message says which, for the client. */
class CommandServiceUnavailableException extends RuntimeException {

    CommandServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
