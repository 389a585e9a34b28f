package org.gptracker.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusScrapeTest {

    private static final String SCRAPE = """
            # HELP gp_commands_total Command requests
            # TYPE gp_commands_total counter
            gp_commands_total{code="none",command="ProposeProject",outcome="accepted",status="201"} 3.0
            gp_commands_total{code="PROJECT_CLOSED",command="CloseProject",outcome="refused",status="409"} 1.0
            gp_commands_total{code="none",command="ProposeProject",outcome="refused",status="400"} 2.0
            # TYPE gp_projection_lag_seconds gauge
            gp_projection_lag_seconds NaN
            odd_total{path="a \\"quoted\\", comma",le="+Inf"} 4.0
            """;

    @Test
    void aSeriesIsFoundByItsNameAndLabels() {
        PrometheusScrape scrape = PrometheusScrape.parse(SCRAPE);

        assertThat(scrape.sum("gp_commands_total", Map.of("command", "ProposeProject", "status", "201"))).isEqualTo(3.0);
        assertThat(scrape.sum("gp_commands_total", Map.of("command", "ProposeProject"))).isEqualTo(5.0);
        assertThat(scrape.sum("gp_commands_total", Map.of("command", "OpenPresidency"))).isZero();
        assertThat(scrape.of("gp_commands_total").get(1).labels())
                .containsEntry("code", "PROJECT_CLOSED").containsEntry("outcome", "refused");
    }

    @Test
    void labelValuesKeepTheirEscapedQuotesAndCommasAndSpecialValuesAreRead() {
        PrometheusScrape scrape = PrometheusScrape.parse(SCRAPE);

        assertThat(scrape.of("odd_total").get(0).labels()).containsEntry("path", "a \"quoted\", comma").containsEntry("le", "+Inf");
        assertThat(scrape.of("odd_total").get(0).value()).isEqualTo(4.0);
        assertThat(scrape.of("gp_projection_lag_seconds").get(0).value()).isNaN();
    }
}
