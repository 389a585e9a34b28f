package org.gptracker.query.stream;

import org.gptracker.query.web.QueryParameters;

import java.util.UUID;

/**
 * Which events a client wants; an absent criterion matches every event.
 *
 * @param presidency the presidency the event is stamped with
 * @param projectId  the project the event is about
 */
record StreamFilter(Integer presidency, String projectId) {

    static final StreamFilter EVERYTHING = new StreamFilter(null, null);

    /** Reads the request's {@code presidency} and {@code project}, recording what is wrong with either. */
    static StreamFilter of(QueryParameters parameters, String presidency, String project) {
        return new StreamFilter(parameters.integer("presidency", presidency, 2002, 9999),
                parameters.parsed("project", project, StreamFilter::projectId));
    }

    boolean matches(StreamEvent event) {
        return (presidency == null || presidency.equals(event.presidency()))
                && (projectId == null || projectId.equals(event.projectId()));
    }

    private static String projectId(String value) {
        try {
            return UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a project id (a UUID)");
        }
    }
}
