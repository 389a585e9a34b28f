package org.gptracker.query.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;

/** The problem types (RFC 9457) this API answers with; a client can switch on {@code type}. */
final class Problems {

    static final String TYPE_BASE = "https://gp-tracker.org/problems/";

    private Problems() {
    }

    static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatusCode.valueOf(400), "validation", "Invalid request",
                "The request has invalid parts: " + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The slug of a problem raised by the framework itself (unknown path, wrong method, …), from its status. */
    static String slugOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "internal" : "client-error";
        };
    }

    /**
     * The problem as the response. The content type is set here rather than negotiated, so even a
     * client that accepts only HTML gets the problem document and not a second, different error.
     */
    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
