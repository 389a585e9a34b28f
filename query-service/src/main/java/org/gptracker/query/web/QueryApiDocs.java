package org.gptracker.query.web;

import org.gptracker.web.ApiDocs;
import org.gptracker.web.FieldError;
import org.gptracker.web.ProblemCatalogue;
import org.gptracker.web.ProblemDocs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the query API's OpenAPI document (/v3/api-docs) says of itself and of its problems; the live stream's path is added too. */
@Configuration(proxyBeanMethods = false)
class QueryApiDocs {

    @Bean
    ApiDocs queryApi() {
        return new ApiDocs("GP Tracker query API", """
                Read models projected from the event log (Kafka topic gp.events): what happened, when, by \
                whom and under which presidency.

                * Read models are eventually consistent: a step recorded a moment ago may take a moment to appear.
                * `asOf=YYYY-MM-DD` answers with the state as it stood at the end of that effective date.
                * Money is `{"amount": "1500000.00", "currency": "EUR"}`, summed per donor and currency.
                * Errors are application/problem+json (RFC 9457); a 400 names every bad parameter in `errors`.
                * Every call but health, these docs and /asyncapi.yaml needs a bearer JWT (docs/security.md).
                * The events themselves, for consumers of gp.events: the AsyncAPI document at /asyncapi.yaml.

                The contract in full: docs/DESIGN.md §3 (events), §4 (HTTP API), §5 (errors), §6 (security), §8 (exports).
                """, "http://localhost:8082",
                "A JWT from the identity provider (./run-local: POST /dev/tokens on the command service). "
                        + "Any role may read /api; the audit trail and /admin need AUDITOR or SECRETARIAT.",
                problems())
                .withDocument(LiveStreamDocs::addTo);
    }

    private static ProblemCatalogue problems() {
        return new ProblemCatalogue("Switch on 'type'; 'errors' names every invalid parameter. Never a stack trace.",
                "validation", "malformed-request", "unauthorized", "forbidden", "not-found", "method-not-allowed",
                "not-acceptable", "rebuild-running", "unavailable", "internal")
                .validationExample("Invalid parameters, each named",
                        new FieldError("status", "'OPEN' is not one of PROPOSED, MATCHED, FUNDED, CLOSED"),
                        new FieldError("donor", "'JPN' is not an ISO 3166-1 alpha-2 country code in upper case (e.g. UA, JP)"),
                        new FieldError("size", "'500' is not an integer from 1 to 200"))
                .example("forbidden", ProblemDocs.example("Role not allowed", "forbidden", "Forbidden", 403,
                        "Your token's roles do not allow GET /api/projects/5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81/history."))
                .example("not-found", ProblemDocs.example("Not known (yet)", "not-found", "Not found", 404,
                        "No project with id 5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81 is known. A project proposed a moment ago "
                                + "may take a moment to appear."))
                .example("rebuild-running", ProblemDocs.example("A rebuild is running", "rebuild-running", "A rebuild is running",
                        409, "A rebuild of the read models is already running; GET /admin/rebuild shows its progress."))
                .example("unavailable", ProblemDocs.example("The read models cannot be reached", "unavailable",
                        "Service unavailable", 503, "The read models cannot be reached right now. Try again shortly."))
                .example("internal", ProblemDocs.example("Something failed on the server", "internal", "Internal error", 500,
                        "Something went wrong on our side."))
                .shownWhenUnnamed("409", "rebuild-running")
                .describe("503", "The read models cannot be reached; try again after Retry-After seconds")
                .shownInTheSchema("not-found");
    }
}
