package org.gptracker.query.project;

import io.swagger.v3.oas.annotations.Parameter;
import org.gptracker.query.web.QueryParameters;

/** The filters of the project list and its exports, as sent: every one optional, together they all must hold. */
public record ProjectFilterParameters(
        @Parameter(description = "PROPOSED, MATCHED, FUNDED or CLOSED") String status,
        @Parameter(description = "a presidency year: projects with any event in it") String presidency,
        @Parameter(description = "CHEMICAL, BIOLOGICAL, RADIOLOGICAL, NUCLEAR or CROSS_CUTTING") String area,
        @Parameter(description = "a member's code: projects it offered support or committed funding to") String donor,
        @Parameter(description = "ISO 3166-1 alpha-2: projects it is a recipient of") String recipient,
        @Parameter(description = "a priority code, e.g. BIOSECURITY_AFRICA") String priority,
        @Parameter(description = "YYYY-MM-DD: the state at the end of that effective date") String asOf) {

    /** The filter, every bad value recorded in {@code parameters}. */
    public ProjectFilter read(QueryParameters parameters) {
        return ProjectFilter.read(parameters, status, presidency, area, donor, recipient, priority, asOf);
    }

    /** @throws org.gptracker.web.RequestValidationException naming every bad filter */
    public ProjectFilter checked() {
        QueryParameters parameters = new QueryParameters();
        ProjectFilter filter = read(parameters);
        parameters.check();
        return filter;
    }
}
