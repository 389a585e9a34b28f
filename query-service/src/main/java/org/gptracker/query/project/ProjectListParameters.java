package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query parameters of {@code GET /api/projects}, as sent: every one optional, each read and checked by
 * {@link ProjectFilter} and {@link Paging} so that one answer names every bad one.
 */
record ProjectListParameters(
        @Parameter(description = "PROPOSED, MATCHED, FUNDED or CLOSED") String status,
        @Parameter(description = "a presidency year: projects with any event in it") String presidency,
        @Parameter(description = "CHEMICAL, BIOLOGICAL, RADIOLOGICAL, NUCLEAR or CROSS_CUTTING") String area,
        @Parameter(description = "ISO 3166-1 alpha-2: projects it offered support or committed funding to") String donor,
        @Parameter(description = "ISO 3166-1 alpha-2: projects it is a recipient of") String recipient,
        @Parameter(description = "a priority code, e.g. BIOSECURITY_AFRICA") String priority,
        @Parameter(description = "YYYY-MM-DD: the state at the end of that effective date") String asOf,
        @Parameter(description = "0-based page number, default 0") String page,
        @Parameter(description = "page size, 1 to 200, default 20") String size) {
}
