package org.gptracker.web;

import java.util.List;

/** A request whose fields or parameters break the rules; answered 400 {@code validation} with every bad one named. */
public class RequestValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public RequestValidationException(List<FieldError> errors) {
        super("invalid fields: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
