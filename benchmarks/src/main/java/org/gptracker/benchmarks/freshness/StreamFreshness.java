package org.gptracker.benchmarks.freshness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.gptracker.benchmarks.latency.Percentiles;

/**
 * Measures freshness for every accepted command, not a sample, from the query service's live
 * stream ({@code GET /api/stream}): the stream sends an event once its read-model transaction has
 * committed, so the moment it arrives here is the moment the change became visible (plus one push
 * over a local connection). Asking nothing, the probe adds no query load. A command's event is
 * matched by project id and sequence (one command, one event); whichever of the 2xx and the
 * stream's message comes first waits for the other.
 */
public final class StreamFreshness implements FreshnessProbe {

    private static final Duration GIVE_UP = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Object pending = new Object();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Long> streamed = new ConcurrentHashMap<>();
    private final long giveUpNanos;
    private final Histogram micros;
    private final AtomicLong neverSeen = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI stream;
    private final String token;
    private final Thread reader;
    private volatile String lastEventId;
    private volatile Stream<String> lines;

    /** Connects to the stream; returns once it is open, so no command of the load is missed. */
    public StreamFreshness(URI queryUrl, String token) {
        this(queryUrl, token, GIVE_UP);
    }

    /** @param giveUp how long after its 2xx a command's event may still come; later, it counts as never seen */
    StreamFreshness(URI queryUrl, String token, Duration giveUp) {
        this.giveUpNanos = giveUp.toNanos();
        this.micros = new Histogram(Math.max(2, TimeUnit.NANOSECONDS.toMicros(giveUpNanos)), 3);
        this.stream = queryUrl.resolve("/api/stream");
        this.token = token;
        this.lines = open();
        this.reader = new Thread(this::read, "freshness-stream");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void offer(String projectId, long version, long acknowledgedNanos) {
        String key = projectId + '#' + version;
        Long arrived;
        synchronized (pending) {
            arrived = streamed.remove(key);
            if (arrived == null) {
                acknowledged.put(key, acknowledgedNanos);
            }
        }
        if (arrived != null) {
            record(arrived - acknowledgedNanos);
        }
    }

    @Override
    public Result stop() {
        long deadline = System.nanoTime() + giveUpNanos;
        while (!acknowledged.isEmpty() && System.nanoTime() < deadline) {
            sleep(20);
        }
        neverSeen.addAndGet(acknowledged.size());
        running.set(false);
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
        synchronized (micros) {
            return new Result(Percentiles.of(micros), neverSeen.get());
        }
    }

    private void read() {
        while (running.get()) {
            try {
                Stream<String> current = lines != null ? lines : open();
                lines = current;
                Iterator<String> it = current.iterator();
                while (running.get() && it.hasNext()) {
                    take(it.next());
                }
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                sleep(200);
            }
            lines = null;
        }
    }

    private void take(String line) {
        if (line.startsWith("id:")) {
            lastEventId = line.substring(3).trim();
        } else if (line.startsWith("data:")) {
            long now = System.nanoTime();
            JsonNode event = parse(line.substring(5).trim());
            if (event == null || event.path("aggregateId").isMissingNode() || !event.hasNonNull("sequence")) {
                return;
            }
            String key = event.path("aggregateId").asText() + '#' + event.path("sequence").asLong();
            Long acked;
            synchronized (pending) {
                acked = acknowledged.remove(key);
                if (acked == null) {
                    streamed.put(key, now);
                    forgetOld(now);
                }
            }
            if (acked != null) {
                record(now - acked);
            }
        }
    }

    /** Events of commands this load did not send (or sent before it started) would otherwise pile up. */
    private void forgetOld(long now) {
        if (streamed.size() > 100_000) {
            streamed.values().removeIf(arrived -> now - arrived > giveUpNanos);
        }
    }

    private Stream<String> open() {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("GET " + stream + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + stream + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + stream, e);
        }
    }

    private void record(long nanos) {
        synchronized (micros) {
            micros.recordValue(Math.max(0, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), micros.getHighestTrackableValue())));
        }
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
