package org.gptracker.localstack;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's Prometheus scrape, read as a test reads it: the sum of one metric's series. */
final class Metrics {

    private Metrics() {
    }

    /** The sum over every series of {@code name} at {@code prometheus} (0 when the metric has no series yet). */
    static double total(JsonHttp http, URI prometheus, String name) {
        JsonHttp.Response scrape = http.getText(prometheus);
        assertThat(scrape.status()).as("GET %s: %s", prometheus, scrape.body()).isEqualTo(200);
        return scrape.body().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
