package org.gptracker.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as {@code application/problem+json}, like every other error of the API. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, failure instanceof InvalidBearerTokenException
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", why(failure)));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your token's roles do not allow " + request.getMethod() + " " + request.getRequestURI() + "."));
    }

    private static String why(AuthenticationException failure) {
        if (failure instanceof InvalidBearerTokenException) {
            // the library's message names the failed check (expired, bad signature) without anything secret
            return "The bearer token was refused: " + failure.getMessage();
        }
        return "This needs a bearer token (Authorization: Bearer <JWT>).";
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
