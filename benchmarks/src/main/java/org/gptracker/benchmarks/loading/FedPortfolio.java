package org.gptracker.benchmarks.loading;

/**
 * What a feed wrote, with the command-side ids of one project left open and one closed, for the
 * check that the command service accepts further commands on what was generated.
 */
public record FedPortfolio(long projects, long events, String anOpenProject, String aClosedProject) {
}
