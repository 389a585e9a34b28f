package org.gptracker.benchmarks.portfolio;

import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A deterministic portfolio of projects over the presidencies 2002–2025: the same seed always gives
 * the same projects, and project n is the same whichever range it is generated in, so a load can be
 * extended later with {@code first} = the count already loaded.
 */
public final class Portfolio {

    private final long seed;

    public Portfolio(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public GeneratedProject project(long index) {
        return new LifecyclePlanner(new DeterministicRandom(seed, index), index).plan();
    }

    public Stream<GeneratedProject> projects(long first, long count) {
        return LongStream.range(first, first + count).mapToObj(this::project);
    }
}
