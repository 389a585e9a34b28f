package org.gptracker.benchmarks.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples how far the relay is behind the event store while a phase runs: the store's highest global index minus the
 * position of the {@code kafka-relay} token (its JSON {@code index}), every {@code every}, read from the command
 * side's database — finer than the service's {@code gp_relay_lag_events}, which is refreshed every few seconds.
 */
public final class RelayLagSampler implements AutoCloseable {

    private static final String LAG = """
            select (select coalesce(max(global_index), 0) from events.domain_event_entry) as head,
                   (select token from events.token_entry where processor_name = 'kafka-relay' order by segment limit 1) as token""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicLong maxLag = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile String failure;

    private RelayLagSampler(String commandJdbcUrl, String user, String password, Duration every) {
        this.sampler = new Thread(() -> sample(commandJdbcUrl, user, password, every), "relay-lag-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static RelayLagSampler start(String commandJdbcUrl, String user, String password, Duration every) {
        return new RelayLagSampler(commandJdbcUrl, user, password, every);
    }

    private void sample(String url, String user, String password, Duration every) {
        try (Connection store = DriverManager.getConnection(url, user, password);
             PreparedStatement lag = store.prepareStatement(LAG)) {
            while (running) {
                try (ResultSet row = lag.executeQuery()) {
                    row.next();
                    long head = row.getLong("head");
                    long position = position(row.getBytes("token"));
                    maxLag.accumulateAndGet(Math.max(0, head - position), Math::max);
                    samples.incrementAndGet();
                }
                Thread.sleep(every.toMillis());
            }
        } catch (SQLException | IOException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The token's global index; 0 before the relay's first batch. */
    static long position(byte[] token) throws IOException {
        if (token == null) {
            return 0;
        }
        JsonNode json = JSON.readTree(token);
        return json.path("index").asLong(0);
    }

    /** The most events the relay was behind in any sample. */
    public long maxLagEvents() {
        return maxLag.get();
    }

    public long samples() {
        return samples.get();
    }

    /** Why sampling stopped early, or null. */
    public String failure() {
        return failure;
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
