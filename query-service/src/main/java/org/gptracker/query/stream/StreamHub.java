package org.gptracker.query.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fans the stream's log out to every connected client. One thread reads the log (woken after each local commit,
 * again every {@code gp.stream.settle} while committed rows wait for an older transaction, and every
 * {@code gp.stream.poll} for what other instances applied), makes each event's frame once and offers it
 * to the bounded buffer of every client it is for; it never waits for a client, and a client whose buffer is full
 * is dropped. A second thread offers the heartbeats.
 */
@Component
class StreamHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

    private final StreamLog streamLog;
    private final StreamSettings settings;
    private final Frames frames;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final Counter dropped;
    /** Held while a page is handed out, so that a client taken on sees every event after its start exactly once. */
    private final Object handingOut = new Object();
    private final Object signal = new Object();
    private boolean woken;
    private StreamPosition head = StreamPosition.START;
    private volatile boolean running;
    private Thread reader;
    private ScheduledExecutorService heartbeats;

    StreamHub(StreamLog streamLog, StreamSettings settings, ObjectMapper json, MeterRegistry meters) {
        this.streamLog = streamLog;
        this.settings = settings;
        this.frames = new Frames(json);
        Gauge.builder("gp.stream.clients", clients, Set::size)
                .description("Clients connected to the live stream").register(meters);
        this.dropped = Counter.builder("gp.stream.dropped")
                .description("Stream clients dropped because they did not read their events fast enough")
                .register(meters);
    }

    /**
     * Starts a client's stream on this request: the events after {@code resumeAfter} first (read from the log on
     * this thread), then live. Answers at once; the response stays open.
     */
    void connect(HttpServletRequest request, HttpServletResponse response, StreamFilter filter, StreamPosition resumeAfter)
            throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(settings.timeout().toMillis());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        ServletOutputStream out = response.getOutputStream();
        StreamClient client = new StreamClient(async, out, filter, settings.buffer(), clients::remove);
        async.addListener(client);
        try {
            client.writeNow(Frames.retry(settings.retry()));
            client.flushNow();
            StreamPosition liveAfter = takeOn(client, resumeAfter);
            if (resumeAfter != null) {
                replay(client, resumeAfter, liveAfter);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("A stream client went away while it was being taken on: {}", e.toString());
            client.close();
            return;
        }
        client.goLive();
        client.pump();
    }

    /** @return the last event before the ones the hub hands the client from now on */
    private StreamPosition takeOn(StreamClient client, StreamPosition resumeAfter) {
        synchronized (handingOut) {
            StreamPosition liveAfter = head;
            client.startAfter(resumeAfter != null && resumeAfter.isAfter(liveAfter) ? resumeAfter : liveAfter);
            clients.add(client);
            return liveAfter;
        }
    }

    private void replay(StreamClient client, StreamPosition after, StreamPosition upTo) throws IOException {
        StreamPosition from = after;
        while (from.compareTo(upTo) < 0 && !client.isClosed()) {
            List<StreamEvent> page = streamLog.between(from, upTo, client.filter(), settings.pageSize());
            for (StreamEvent event : page) {
                client.writeNow(frames.event(event));
            }
            client.flushNow();
            if (page.size() < settings.pageSize()) {
                return;
            }
            from = page.get(page.size() - 1).position();
        }
    }

    /** After a commit that logged events: read them now rather than at the next poll. Never blocks. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void readLog() {
        while (running) {
            try {
                awaitSignal();
                handOutNewEvents();
                // a commit woke the hub but its rows wait behind an older transaction (the command side's, another
                // partition's): read again as soon as they settle rather than at the next commit or poll
                while (running && !clients.isEmpty() && streamLog.holdsBackAfter(head)) {
                    Thread.sleep(settings.settle().toMillis());
                    handOutNewEvents();
                }
            } catch (RuntimeException e) {
                log.warn("Reading the stream's log failed; trying again in {}: {}", settings.poll(), e.toString());
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void awaitSignal() throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(settings.poll().toMillis());
            }
            woken = false;
        }
    }

    void handOutNewEvents() {
        synchronized (handingOut) {
            if (clients.isEmpty()) {
                // nobody to hand them to: the next client starts from here
                head = streamLog.head();
                return;
            }
        }
        List<StreamEvent> page;
        do {
            page = streamLog.after(head, settings.pageSize());
            List<StreamClient> tooSlow = new ArrayList<>();
            synchronized (handingOut) {
                for (StreamEvent event : page) {
                    byte[] frame = frames.event(event);
                    for (StreamClient client : clients) {
                        if (client.offer(event, frame)) {
                            client.pump(false);
                        } else {
                            tooSlow.add(client);
                        }
                    }
                    head = event.position();
                }
            }
            tooSlow.forEach(this::drop);
            clients.forEach(StreamClient::pump);
        } while (page.size() == settings.pageSize() && running);
    }

    private void beat() {
        for (StreamClient client : clients) {
            if (client.offerHeartbeat()) {
                client.pump();
            } else {
                drop(client);
            }
        }
    }

    private void drop(StreamClient client) {
        if (clients.remove(client)) {
            dropped.increment();
            log.info("Dropped a stream client that did not keep up; it may reconnect with its Last-Event-ID");
        }
        client.close();
    }

    private void sleep() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        head = streamLog.head();
        running = true;
        reader = new Thread(this::readLog, "gp-stream-reader");
        reader.setDaemon(true);
        reader.start();
        heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gp-stream-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Ends every client's stream, so that they reconnect to an instance that runs. */
    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        reader.interrupt();
        List.copyOf(clients).forEach(StreamClient::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
