package org.gptracker.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page for the errors that never reach a {@link ProblemHandling} advice
 * (raised by the servlet container or a filter): they too are answered as a problem, without internals.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        // asked for directly rather than forwarded to with an error: there is nothing at this path
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code) : HttpStatus.NOT_FOUND;
        String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        String detail = status.is5xxServerError() ? "Something went wrong on our side." : "The request could not be served.";
        return Problems.respond(Problems.of(status, Problems.slugOf(status), title, detail));
    }
}
