package org.gptracker.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own logging configuration (application.yml), started as the service starts it: LOG_FORMAT=json
 * turns each line into a JSON object with the request's correlation id as a field.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    private static final Logger log = LoggerFactory.getLogger(StructuredLoggingTest.class);

    @AfterEach
    void backToPlainText() {
        startLogging();
    }

    @Test
    void withLogFormatJsonALineLoggedForARequestIsJsonCarryingItsCorrelationId(CapturedOutput output) throws Exception {
        startLogging("LOG_FORMAT=json");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
        request.addHeader(CorrelationIdFilter.HEADER, "dashboard-42");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new CorrelationIdFilter().doFilter(request, response, (req, res) -> log.info("proposing a project"));

        JsonNode line = new ObjectMapper().readTree(lineWith(output, "proposing a project"));
        assertThat(line.get("correlationId").asText()).isEqualTo("dashboard-42");
        assertThat(line.get("message").asText()).isEqualTo("proposing a project");
        assertThat(line.toString()).contains("command-service");
        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("dashboard-42");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void withoutLogFormatALineIsPlainTextNamingTheCorrelationId(CapturedOutput output) throws Exception {
        startLogging();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
        request.addHeader(CorrelationIdFilter.HEADER, "dashboard-43");

        new CorrelationIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> log.info("closing a project"));
        log.info("outside any request");

        assertThat(lineWith(output, "closing a project")).doesNotStartWith("{").contains("[dashboard-43]");
        assertThat(lineWith(output, "outside any request")).doesNotContain("[dashboard-43]").doesNotContain("[]");
    }

    private static String lineWith(CapturedOutput output, String message) {
        return output.getOut().lines().filter(line -> line.contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + message + "' in:\n" + output.getOut()));
    }

    /** Initialises logging from the service's configuration, as its start does, and nothing else. */
    private static void startLogging(String... properties) {
        new SpringApplicationBuilder(LoggingOnly.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).properties(properties).run().close();
    }

    @Configuration(proxyBeanMethods = false)
    static class LoggingOnly {
    }
}
