package org.gptracker.query.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.stream.StreamFilterTest.presidencyEvent;
import static org.gptracker.query.stream.StreamFilterTest.projectEvent;

class StreamClientTest {

    private static final String PROJECT = "7b0c3f9e-2a41-4c55-9d1e-5f0a7c1b2d3e";

    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final AsyncContext async;
    private final Connection connection = new Connection();
    private final List<StreamClient> forgotten = new ArrayList<>();

    StreamClientTest() {
        request.setAsyncSupported(true);
        async = request.startAsync(request, new MockHttpServletResponse());
    }

    @Test
    void aClientIsWrittenOnlyTheEventsItsFilterMatches() {
        StreamClient client = live(new StreamFilter(null, PROJECT), 10);

        client.offer(event(projectEvent(PROJECT, 2025), 5), frame("mine"));
        client.offer(event(presidencyEvent(2025), 6), frame("not mine"));
        client.pump();

        assertThat(connection.written()).isEqualTo("mine");
    }

    @Test
    void anEventAtOrBeforeWhereTheClientStartsIsNotWrittenAgain() {
        StreamClient client = live(StreamFilter.EVERYTHING, 10);
        client.startAfter(new StreamPosition(9, 5));

        client.offer(event(projectEvent(PROJECT, 2025), 4), frame("replayed"));
        client.offer(event(projectEvent(PROJECT, 2025), 5), frame("replayed too"));
        client.offer(event(projectEvent(PROJECT, 2025), 6), frame("new"));
        client.pump();

        assertThat(connection.written()).isEqualTo("new");
    }

    @Test
    void framesWaitInTheBufferWhileTheConnectionTakesNoMoreAndGoOutOnceItCan() {
        StreamClient client = live(StreamFilter.EVERYTHING, 10);
        connection.ready = false;

        client.offer(event(projectEvent(PROJECT, 2025), 1), frame("a"));
        client.offer(event(projectEvent(PROJECT, 2025), 2), frame("b"));
        client.pump();
        assertThat(connection.written()).isEmpty();

        connection.ready = true;
        client.onWritePossible();

        assertThat(connection.written()).isEqualTo("ab");
        assertThat(connection.flushes).isPositive();
    }

    @Test
    void anOfferToAFullBufferIsRefusedWithoutWaiting() {
        StreamClient client = live(StreamFilter.EVERYTHING, 2);
        connection.ready = false;

        assertThat(client.offer(event(projectEvent(PROJECT, 2025), 1), frame("a"))).isTrue();
        assertThat(client.offerHeartbeat()).isTrue();
        assertThat(client.offer(event(projectEvent(PROJECT, 2025), 2), frame("b"))).isFalse();
        assertThat(client.offerHeartbeat()).isFalse();
    }

    @Test
    void heartbeatsGoOutInTurnWithTheEvents() {
        StreamClient client = live(StreamFilter.EVERYTHING, 10);

        client.offer(event(projectEvent(PROJECT, 2025), 1), frame("a\n\n"));
        client.offerHeartbeat();
        client.pump();

        assertThat(connection.written()).isEqualTo("a\n\n: heartbeat\n\n");
    }

    @Test
    void nothingIsWrittenWithoutBlockingBeforeTheClientGoesLive() {
        StreamClient client = new StreamClient(async, connection, StreamFilter.EVERYTHING, 10, forgotten::add);

        client.offer(event(projectEvent(PROJECT, 2025), 1), frame("queued during the replay"));
        client.pump();
        assertThat(connection.written()).isEmpty();

        client.goLive();
        client.pump();

        assertThat(connection.listener).isSameAs(client);
        assertThat(connection.written()).isEqualTo("queued during the replay");
    }

    @Test
    void closingAClientEndsItsResponseOnceAndLetsTheHubForgetIt() {
        StreamClient client = live(StreamFilter.EVERYTHING, 10);

        client.close();
        client.close();
        client.offer(event(projectEvent(PROJECT, 2025), 1), frame("too late"));
        client.pump();

        assertThat(request.isAsyncStarted()).isFalse();
        assertThat(forgotten).containsExactly(client);
        assertThat(connection.written()).isEmpty();
    }

    @Test
    void aConnectionThatFailsClosesTheClient() {
        StreamClient client = live(StreamFilter.EVERYTHING, 10);
        connection.broken = true;

        client.offer(event(projectEvent(PROJECT, 2025), 1), frame("a"));
        client.pump();

        assertThat(client.isClosed()).isTrue();
        assertThat(forgotten).containsExactly(client);
    }

    private StreamClient live(StreamFilter filter, int buffer) {
        StreamClient client = new StreamClient(async, connection, filter, buffer, forgotten::add);
        client.goLive();
        return client;
    }

    private static StreamEvent event(StreamEvent event, long position) {
        return new StreamEvent(new StreamPosition(9, position), event.eventId(), event.type(), event.aggregateType(),
                event.aggregateId(), event.sequence(), event.presidency(), event.effectiveDate(), event.recordedAt(), event.correlationId(),
                event.status());
    }

    private static byte[] frame(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A response's output that takes bytes only while it is ready, as a non-blocking servlet output does. */
    private static final class Connection extends ServletOutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean ready = true;
        private boolean broken;
        private int flushes;
        private WriteListener listener;

        String written() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            this.listener = listener;
        }

        @Override
        public void write(int b) throws IOException {
            if (broken) {
                throw new IOException("Broken pipe");
            }
            bytes.write(b);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }
}
