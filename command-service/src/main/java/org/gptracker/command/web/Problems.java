package org.gptracker.command.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** The problem types this API answers with (RFC 9457); a client can switch on {@code type}. */
public final class Problems {

    static final String BASE = "https://gp-tracker.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    static String slugFor(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "refused";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "client-error";
        };
    }
}
