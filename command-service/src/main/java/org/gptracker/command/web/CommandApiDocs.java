package org.gptracker.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import org.gptracker.command.Refusal;
import org.gptracker.web.ApiDocs;
import org.gptracker.web.FieldError;
import org.gptracker.web.ProblemCatalogue;
import org.gptracker.web.ProblemDocs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the command API's OpenAPI document (/v3/api-docs) says of itself and of its problems. */
@Configuration(proxyBeanMethods = false)
class CommandApiDocs {

    @Bean
    ApiDocs commandApi() {
        return new ApiDocs("GP Tracker command API", """
                Records each step of the Global Partnership's match-making process as an immutable event \
                (published on Kafka topic gp.events; see the AsyncAPI document asyncapi.yaml).

                * A command that creates something answers 201 with its ids; a state change answers 200.
                * Every body may carry `effectiveDate` (the business date, default today, never in the future).
                * `Idempotency-Key` makes a retry safe: a repeat gets the first answer (`Idempotent-Replayed: true`) \
                and stores nothing; the same key with another request is 422.
                * Money is `{"amount": "1500000.00", "currency": "EUR"}`: the amount a decimal string, never a number.
                * Errors are application/problem+json (RFC 9457): 400 names every invalid field in `errors`, \
                409 carries a stable `code`. A refused or failed command stores nothing.
                * Every call but health and these docs needs a bearer JWT; roles and country scoping in docs/security.md.

                The contract in full: docs/DESIGN.md §4 (HTTP API), §5 (errors), §6 (security).
                """, "http://localhost:8081",
                "A JWT from the identity provider (./run-local: POST /dev/tokens). Claims: sub (recorded as "
                        + "the actor of every event), roles ⊂ {SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER}, and country "
                        + "for RECIPIENT and DONOR.",
                problems())
                .withOperations(new CommandOperations());
    }

    private static ProblemCatalogue problems() {
        ProblemCatalogue problems = new ProblemCatalogue("Switch on 'type'; 'code' names a refusal, 'errors' every invalid "
                + "field. Never a stack trace.", "validation", "malformed-request", "unauthorized", "forbidden", "not-found",
                "method-not-allowed", "refused", "payload-too-large", "unsupported-media-type", "idempotency-key-reused",
                "unavailable", "internal")
                .property("code", new StringSchema().description("409 refused only: a stable refusal code").example("PROJECT_CLOSED"))
                .fieldsNamed("the JSON path of the field (requestedBudget.amount, recipients[0]), or the parameter or header name",
                        new FieldError("requestedBudget.amount", "must be a decimal string such as \"1500000.00\", not a JSON number"))
                .validationExample("Invalid fields, each named",
                        new FieldError("title", "is required"),
                        new FieldError("recipients[0]", "'XX' is not an ISO 3166-1 alpha-2 country code in upper case (e.g. UA, JP)"),
                        new FieldError("requestedBudget.amount", "must be a decimal string such as \"1500000.00\", not a JSON number"))
                .example("forbidden", ProblemDocs.example("Role or country not allowed", "forbidden", "Forbidden", 403,
                        "Your token acts for JP; it cannot act as donor CA."))
                .example("not-found", ProblemDocs.example("Nothing recorded under that id", "not-found", "Not found", 404,
                        "Nothing is recorded under '5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81'."))
                .example("payload-too-large", ProblemDocs.example("Body over the limit", "payload-too-large",
                        "Request body too large", 413, "The request body is larger than 1048576 bytes."))
                .example("unsupported-media-type", ProblemDocs.example("Neither text/csv nor application/xml",
                        "unsupported-media-type", "Unsupported Media Type", 415, "Content-Type 'application/json' is not supported."))
                .example("idempotency-key-reused", ProblemDocs.example("Same key, another request", "idempotency-key-reused",
                        "Idempotency-Key reused", 422, "The Idempotency-Key 'chornobyl-2023-proposal' was already used for a "
                                + "different request; use a new key for a new request."))
                .example("unavailable", ProblemDocs.example("The event store cannot be reached", "unavailable",
                        "Service unavailable", 503, "The event store cannot be reached right now; nothing was stored. Try again shortly."))
                .example("internal", ProblemDocs.example("Something failed on the server", "internal", "Internal error", 500,
                        "Something went wrong on our side; nothing was stored."))
                .shownWhenUnnamed("400", "validation", "malformed-request")
                .shownWhenUnnamed("413", "payload-too-large")
                .shownWhenUnnamed("415", "unsupported-media-type")
                .shownWhenUnnamed("422", "idempotency-key-reused")
                .describe("403", "The token's role or country does not allow this call")
                .describe("500", "An unexpected failure; nothing was stored")
                .describe("503", "A dependency (the event store) cannot be reached; nothing was stored. Try again after "
                        + "Retry-After seconds");
        for (Refusal refusal : Refusal.values()) {
            problems.example(refusal.name(), ProblemDocs.example(refusal.name(), ProblemHandler.refusal(refusal.name(), refusal.example())));
        }
        return problems.shownInTheSchema(Refusal.PROJECT_CLOSED.name());
    }
}
