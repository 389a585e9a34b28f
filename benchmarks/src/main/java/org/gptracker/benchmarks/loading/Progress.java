package org.gptracker.benchmarks.loading;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Counts projects and events written and prints the rate every few seconds while a load runs. */
public final class Progress implements AutoCloseable {

    private final AtomicLong projects = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final long startedAt = System.nanoTime();
    private final ScheduledExecutorService printer;

    public Progress(PrintStream out, long expectedProjects) {
        printer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        printer.scheduleAtFixedRate(new Runnable() {
            private long lastEvents;
            private long lastAt = startedAt;

            @Override
            public void run() {
                long now = System.nanoTime();
                long written = events.get();
                double rate = (written - lastEvents) * 1e9 / Math.max(1, now - lastAt);
                lastEvents = written;
                lastAt = now;
                out.printf("  written %,d of %,d projects, %,d events (%,.0f events/s now, %,.0f overall)%n",
                        projects.get(), expectedProjects, written, rate, eventsPerSecond());
            }
        }, 5, 5, TimeUnit.SECONDS);
    }

    public void written(long projectCount, long eventCount) {
        projects.addAndGet(projectCount);
        events.addAndGet(eventCount);
    }

    public long projects() {
        return projects.get();
    }

    public long events() {
        return events.get();
    }

    public double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    public double eventsPerSecond() {
        return events.get() / Math.max(1e-9, seconds());
    }

    @Override
    public void close() {
        printer.shutdownNow();
    }
}
