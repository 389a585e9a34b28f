package org.gptracker.query.web;

/** One bad part of a request: {@code field} names it (a parameter name or a JSON path), {@code message} says what is wrong. */
public record FieldError(String field, String message) {
}
