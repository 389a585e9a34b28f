package org.gptracker.localstack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Polls a probe until its value satisfies a condition or a timeout passes; the caller asserts on the last value. */
final class Await {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private Await() {
    }

    static <T> T until(Duration timeout, Callable<T> probe, Predicate<T> done) throws Exception {
        return until(timeout, INTERVAL, probe, done);
    }

    static <T> T until(Duration timeout, Duration interval, Callable<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.call();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(interval.toMillis());
            value = probe.call();
        }
        return value;
    }
}
