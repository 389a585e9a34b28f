package org.gptracker.command.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/**
 * The metadata a command sent for an HTTP request carries: who sent it (from the bearer token) and the
 * request's correlation id ({@link CorrelationIdFilter}). Given by the security layer, which knows the caller.
 */
public interface RequestMetadata {

    Map<String, String> of(HttpServletRequest request);
}
