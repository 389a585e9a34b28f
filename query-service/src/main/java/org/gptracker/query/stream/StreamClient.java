package org.gptracker.query.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One connected client: a bounded buffer of frames that the hub fills without ever waiting, and a pump that writes
 * them with non-blocking I/O as fast as the client reads. A full buffer means the client does not keep up: the hub
 * then drops it, and it reconnects with its {@code Last-Event-ID}.
 */
final class StreamClient implements WriteListener, AsyncListener {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final StreamFilter filter;
    private final BlockingQueue<byte[]> frames;
    private final Consumer<StreamClient> whenClosed;
    /** Events up to here were sent by the replay or seen before: set by the hub when it takes the client on. */
    private volatile StreamPosition after = StreamPosition.START;
    private boolean live;
    private boolean unflushed;
    private boolean closed;

    StreamClient(AsyncContext async, ServletOutputStream out, StreamFilter filter, int buffer,
                 Consumer<StreamClient> whenClosed) {
        this.async = async;
        this.out = out;
        this.filter = filter;
        this.frames = new ArrayBlockingQueue<>(buffer);
        this.whenClosed = whenClosed;
    }

    StreamFilter filter() {
        return filter;
    }

    void startAfter(StreamPosition position) {
        this.after = position;
    }

    /**
     * Queues an event's frame if the client wants it. Never blocks.
     *
     * @return false when the buffer is full
     */
    boolean offer(StreamEvent event, byte[] frame) {
        if (!filter.matches(event) || !event.position().isAfter(after)) {
            return true;
        }
        return frames.offer(frame);
    }

    /** @return false when the buffer is full */
    boolean offerHeartbeat() {
        return frames.offer(Frames.HEARTBEAT);
    }

    /** Writes what the replay found, waiting for the client as it reads: only before {@link #goLive()}. */
    void writeNow(byte[] frame) throws IOException {
        out.write(frame);
    }

    void flushNow() throws IOException {
        out.flush();
    }

    /** From now on frames are written without blocking, by whichever thread offers them or the container's. */
    synchronized void goLive() {
        if (!closed) {
            live = true;
            out.setWriteListener(this);
        }
    }

    /** Writes queued frames while the connection takes them without blocking, then flushes; never waits for the client. */
    void pump() {
        pump(true);
    }

    /**
     * Writes queued frames while the connection takes them without blocking; never waits for the client.
     *
     * @param flush whether to push what was written to the client now, rather than when the container's buffer is full
     */
    synchronized void pump(boolean flush) {
        if (!live || closed) {
            return;
        }
        try {
            while (out.isReady()) {
                byte[] frame = frames.poll();
                if (frame != null) {
                    out.write(frame);
                    unflushed = true;
                } else if (unflushed && flush) {
                    unflushed = false;
                    out.flush();
                } else {
                    return;
                }
            }
        } catch (IOException | IllegalStateException gone) {
            close();
        }
    }

    /** Ends the response (the client sees the stream end and reconnects); idempotent. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        frames.clear();
        try {
            async.complete();
        } catch (IllegalStateException alreadyOver) {
            // the container ended it first (timeout, error)
        }
        whenClosed.accept(this);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void onWritePossible() {
        pump(true);
    }

    @Override
    public void onError(Throwable error) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
