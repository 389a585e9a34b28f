package org.gptracker.command.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param topic                  the event topic ({@code gp.events})
 * @param deadLetterTopic        where a stored event that can never become a record of the contract goes instead, with
 *                               its reason ({@code gp.events.DLT}, the query service's dead-letter topic too)
 * @param partitions             its partition count when this service creates it
 * @param replicationFactor      its replication factor when this service creates it
 * @param source                 the CloudEvents {@code source} of what this service publishes
 * @param acknowledgementTimeout how long a relay batch (or a republish page) waits for Kafka
 * @param republishPageSize      how many stored events a republish sends before it waits for Kafka's acknowledgement
 * @param pageSize               how many stored events the relay reads from the store at once, and so holds at most
 * @param pollInterval           how often the relay, with nothing left to read, looks for events that no commit of
 *                               this instance announced (another instance's); its own commits wake it at once
 * @param gapTimeout             how long the relay's token keeps asking for a missing global index (a transaction that
 *                               took the index and has not committed yet) once later events are stored
 * @param maxGapOffset           how far behind the relay's position a missing global index may fall before its token
 *                               stops asking for it
 * @param maxWatchedGaps         how many given-up global indexes the relay keeps looking for in the store ({@link GapWatch})
 */
@ConfigurationProperties("gp.relay")
record RelaySettings(
        @DefaultValue("gp.events") String topic,
        @DefaultValue("gp.events.DLT") String deadLetterTopic,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("urn:gp-tracker:command-service") String source,
        @DefaultValue("30s") Duration acknowledgementTimeout,
        @DefaultValue("1000") int republishPageSize,
        @DefaultValue("2000") int pageSize,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("100000") int maxWatchedGaps) {
}
