package org.gptracker.web;

/**
 * One invalid part of a request: {@code field} names it (a body field by its JSON path such as
 * {@code requestedBudget.amount} or {@code recipients[0]}, a parameter or a header by its name),
 * {@code message} says what is wrong.
 */
public record FieldError(String field, String message) {
}
