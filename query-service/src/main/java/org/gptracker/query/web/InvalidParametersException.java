package org.gptracker.query.web;

import java.util.List;

/** Query parameters that cannot be answered; answered as a {@code validation} problem (400) listing each one. */
public class InvalidParametersException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidParametersException(List<FieldError> errors) {
        super("invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
