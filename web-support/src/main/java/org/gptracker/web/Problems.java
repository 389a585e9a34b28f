package org.gptracker.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;

/**
 * The problems (RFC 9457) both APIs answer with: {@code type} is {@code https://gp-tracker.org/problems/<slug>},
 * the one thing a client switches on.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://gp-tracker.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** 400 {@code validation}, every bad field named in {@code errors}. */
    public static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "The request has invalid fields: "
                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * The problem as the response. The content type is set here rather than negotiated, so even a
     * client that accepts only HTML gets the problem document and not a second, different error.
     */
    public static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 503 {@code unavailable} with the seconds a client should wait before trying again. */
    public static ResponseEntity<Object> unavailable(long retryAfterSeconds, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail));
    }

    /** The slug of a problem the framework itself raises (unknown path, wrong method, …), from its status. */
    public static String slugOf(HttpStatusCode status) {
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
}
