package org.gptracker.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemErrorControllerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ProblemErrorController()).build();

    @Test
    void anErrorRaisedOutsideTheControllersIsAProblem() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("boom")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gp-tracker.org/problems/internal"))
                .andExpect(jsonPath("$.detail").value("Something went wrong on our side."));
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://gp-tracker.org/problems/not-found"));
    }
}
