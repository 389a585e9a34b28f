package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Parameter;

/** Which page of a list, as sent. */
record PageParameters(
        @Parameter(description = "0-based page number, default 0") String page,
        @Parameter(description = "page size, 1 to 200, default 20") String size) {
}
