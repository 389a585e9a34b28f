package org.gptracker.benchmarks.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The one source of chance for a generated project, seeded by (portfolio seed, project index), so
 * project n reads the same whatever else is generated, in whatever order or thread.
 */
final class DeterministicRandom {

    private final SplittableRandom random;

    DeterministicRandom(long seed, long index) {
        this.random = new SplittableRandom(mix(seed) ^ mix(index + 0x632BE59BD9B4E019L));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int lowest, int highest) {
        return random.nextInt(lowest, highest + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} different items (fewer when there are not so many), in the order drawn. */
    <T> List<T> distinct(List<T> items, int count) {
        List<T> pool = new ArrayList<>(items);
        List<T> drawn = new ArrayList<>();
        while (drawn.size() < count && !pool.isEmpty()) {
            drawn.add(pool.remove(random.nextInt(pool.size())));
        }
        return drawn;
    }

    /** Index i with probability proportional to weights[i]. */
    int weighted(double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    LocalDate daysAfter(LocalDate date, int fewest, int most) {
        return date.plusDays(between(fewest, most));
    }

    /** A random (version 4) UUID drawn from this stream rather than from the system's entropy. */
    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
