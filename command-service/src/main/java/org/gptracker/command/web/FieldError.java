package org.gptracker.command.web;

/** One invalid field of a request, named by its JSON path ({@code requestedBudget.amount}, {@code recipients[0]}). */
public record FieldError(String field, String message) {
}
