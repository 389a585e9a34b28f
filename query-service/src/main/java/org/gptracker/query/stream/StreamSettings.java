package org.gptracker.query.stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param heartbeat how often each client gets a comment line, so that proxies keep the connection and a
 *                  client that went away is noticed
 * @param retry     how long a client waits before it reconnects (the stream's {@code retry:} field)
 * @param buffer    events (and heartbeats) a client may have waiting; a client that lets more pile up is dropped
 * @param poll      how often the log is read when no local commit wakes the hub (events applied by another instance)
 * @param settle    how soon the log is read again while rows it holds wait for an older transaction to end
 * @param pageSize  events read from the log per query
 * @param timeout   a connection's longest life; the client then reconnects and resumes
 */
@ConfigurationProperties("gp.stream")
record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("3s") Duration retry,
                      @DefaultValue("1000") int buffer, @DefaultValue("1s") Duration poll,
                      @DefaultValue("10ms") Duration settle,
                      @DefaultValue("500") int pageSize, @DefaultValue("1h") Duration timeout) {
}
