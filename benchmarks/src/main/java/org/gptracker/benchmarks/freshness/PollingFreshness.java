package org.gptracker.benchmarks.freshness;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.gptracker.benchmarks.latency.Percentiles;
import org.gptracker.benchmarks.loading.GpHttp;

/**
 * Measures how long after a command's 2xx the query side shows it: a few watchers each follow one
 * sampled command at a time, asking GET /api/projects/{id} every few milliseconds until its
 * {@code version} reaches the command's. A command is sampled only when a watcher is idle, so the
 * probe adds a bounded load and no sample waits in a queue (which would inflate the figure).
 */
public final class PollingFreshness implements FreshnessProbe {

    private static final long GIVE_UP_MICROS = TimeUnit.MINUTES.toMicros(1);

    private record Sample(String projectId, long version, long acknowledgedNanos) {
    }

    private final SynchronousQueue<Sample> handOver = new SynchronousQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Histogram micros = new Histogram(GIVE_UP_MICROS, 3);
    private final AtomicLong neverSeen = new AtomicLong();
    private final List<Thread> watchers = new ArrayList<>();
    private final Duration pollEvery;

    public PollingFreshness(GpHttp queries, int watcherCount, Duration pollEvery) {
        this.pollEvery = pollEvery;
        for (int i = 0; i < watcherCount; i++) {
            Thread watcher = new Thread(() -> watch(queries), "freshness-" + i);
            watcher.setDaemon(true);
            watchers.add(watcher);
            watcher.start();
        }
    }

    /** A command's 2xx arrived at {@code acknowledgedNanos}: follow it if a watcher is free. */
    @Override
    public void offer(String projectId, long version, long acknowledgedNanos) {
        handOver.offer(new Sample(projectId, version, acknowledgedNanos));
    }

    /** Stops taking samples, lets the watchers finish the ones they follow, and answers the figures. */
    @Override
    public Result stop() {
        running.set(false);
        for (Thread watcher : watchers) {
            try {
                watcher.join(TimeUnit.MICROSECONDS.toMillis(GIVE_UP_MICROS) + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (micros) {
            return new Result(Percentiles.of(micros), neverSeen.get());
        }
    }

    private void watch(GpHttp queries) {
        while (running.get()) {
            Sample sample;
            try {
                sample = handOver.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (sample != null) {
                follow(queries, sample);
            }
        }
    }

    private void follow(GpHttp queries, Sample sample) {
        String path = "/api/projects/" + sample.projectId();
        while (true) {
            if (shows(queries, path, sample.version())) {
                // when the answer showing it arrived: an upper bound, by at most one poll interval and one GET
                record((System.nanoTime() - sample.acknowledgedNanos()) / 1000);
                return;
            }
            if ((System.nanoTime() - sample.acknowledgedNanos()) / 1000 > GIVE_UP_MICROS) {
                neverSeen.incrementAndGet();
                return;
            }
            try {
                Thread.sleep(pollEvery.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long visibleAfterMicros) {
        synchronized (micros) {
            micros.recordValue(Math.max(0, Math.min(visibleAfterMicros, GIVE_UP_MICROS)));
        }
    }

    private static boolean shows(GpHttp queries, String path, long version) {
        try {
            GpHttp.Answer answer = queries.get(path);
            return answer.ok() && answer.json().path("version").asLong(-1) >= version;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
