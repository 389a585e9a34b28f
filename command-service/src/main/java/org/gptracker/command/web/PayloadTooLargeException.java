package org.gptracker.command.web;

import java.io.IOException;

/** A request body over the configured limit; answered 413. */
class PayloadTooLargeException extends IOException {
    PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
