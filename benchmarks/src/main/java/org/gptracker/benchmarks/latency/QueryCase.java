package org.gptracker.benchmarks.latency;

import java.util.function.Supplier;

/**
 * One query of the latency table: a name, the request it stands for (for the report) and the
 * request to send next, which may vary from call to call (random ids, years, filter values).
 */
public record QueryCase(String name, String shape, Supplier<String> nextPath) {
}
