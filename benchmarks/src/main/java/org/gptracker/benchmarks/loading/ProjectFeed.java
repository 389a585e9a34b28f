package org.gptracker.benchmarks.loading;

import org.gptracker.benchmarks.portfolio.Portfolio;

/** A way to put generated projects into the command side: through its API, or straight into its event store. */
public interface ProjectFeed {

    /** Feeds projects {@code first} .. {@code first + count - 1} of the portfolio. */
    FedPortfolio feed(Portfolio portfolio, long first, long count, Progress progress);
}
