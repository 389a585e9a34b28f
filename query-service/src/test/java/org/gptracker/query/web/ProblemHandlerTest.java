package org.gptracker.query.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLException;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemHandler())
            .build();

    @Test
    void anUnknownIdIsANotFoundProblem() throws Exception {
        problem(get("/things/missing"), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("No thing called missing."));
    }

    @Test
    void aMalformedPathParameterIsAValidationProblemNamingIt() throws Exception {
        problem(get("/things/by-id/not-a-uuid"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("'not-a-uuid' is not a UUID"));
    }

    @Test
    void parametersAControllerFoundBadAreOneValidationProblemListingEach() throws Exception {
        problem(get("/things/paged"), 400, "validation")
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("'0' is not an integer from 1 to 1000"))
                .andExpect(jsonPath("$.errors[1].field").value("cursor"))
                .andExpect(jsonPath("$.errors[1].message").value("is not a cursor this API handed out"))
                .andExpect(jsonPath("$.detail").value("The request has invalid fields: size, cursor."));
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() throws Exception {
        problem(post("/things/by-id/" + UUID.randomUUID()), 405, "method-not-allowed");
    }

    @Test
    void anUnreachableDatabaseIsAnUnavailableProblem() throws Exception {
        problem(get("/things/database-down"), 503, "unavailable")
                .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalProblemThatTellsNothingOfItsCause() throws Exception {
        problem(get("/things/bug"), 500, "internal")
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("select"))));
    }

    @Test
    void aClientAcceptingOnlyHtmlStillGetsTheProblemDocument() throws Exception {
        problem(get("/things/missing").accept(MediaType.TEXT_HTML), 404, "not-found");
    }

    private ResultActions problem(RequestBuilder request, int status, String slug)
            throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gp-tracker.org/problems/" + slug))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))));
    }

    @RestController
    static class FailingController {

        @GetMapping("/things/missing")
        String missing() {
            throw new NotFoundException("No thing called missing.");
        }

        @GetMapping("/things/by-id/{id}")
        String byId(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/things/paged")
        String paged() {
            QueryParameters parameters = new QueryParameters();
            parameters.integer("size", "0", 1, 1000);
            parameters.parsed("cursor", "garbage", value -> {
                throw new IllegalArgumentException("is not a cursor this API handed out");
            });
            parameters.check();
            return "unreachable";
        }

        @GetMapping("/things/database-down")
        String databaseDown() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("Connection refused"));
        }

        @GetMapping("/things/bug")
        String bug() {
            throw new IllegalStateException("select * from read.project failed");
        }
    }
}
