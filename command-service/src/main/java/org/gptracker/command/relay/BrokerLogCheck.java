package org.gptracker.command.relay;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Notices a broker that lost the event topic's log and republishes the whole store by itself ({@link Republisher})
 * (docs/decisions/0020; docs/reliability.md). The cluster id is remembered by this instance only: a fresh broker
 * found at start is recognised by its short topic.
 */
@Component
class BrokerLogCheck implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BrokerLogCheck.class);
    private static final Duration ASK_AT_MOST = Duration.ofSeconds(10);

    private final KafkaAdmin kafkaAdmin;
    private final StoredRelayToken token;
    private final JdbcTemplate jdbc;
    private final Republisher republisher;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private AdminClient admin;
    private String clusterId;

    BrokerLogCheck(KafkaAdmin kafkaAdmin, StoredRelayToken token, JdbcTemplate jdbc, Republisher republisher, RelaySettings settings,
                   RelayMetrics metrics) {
        this.kafkaAdmin = kafkaAdmin;
        this.token = token;
        this.jdbc = jdbc;
        this.republisher = republisher;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** What one check found: the reason to republish, if any. */
    enum Finding {
        INTACT(null), TOPIC_SHORT("topic-short"), CLUSTER_CHANGED("cluster-changed");

        final String reason;

        Finding(String reason) {
            this.reason = reason;
        }
    }

    @Scheduled(fixedDelayString = "${gp.relay.log-check-interval:30s}")
    void checkOnSchedule() {
        try {
            check();
        } catch (RuntimeException e) {
            // Kafka or PostgreSQL unreachable: the relay reports that itself; the next check tries again
            log.debug("broker log not checked: {}", e.toString());
        }
    }

    /** Checks now and republishes what a lost log needs; answers what it found. */
    synchronized Finding check() {
        String cluster = ask(admin().describeCluster().clusterId());
        String seenBefore = clusterId;
        clusterId = cluster;
        Optional<TrackingToken> position = token.furthestBehind();
        long acknowledged = position.map(this::acknowledgedUpTo).orElse(0L);
        long onTopic = recordsEverOnTopic();
        Finding finding = seenBefore != null && !seenBefore.equals(cluster) ? Finding.CLUSTER_CHANGED
                : onTopic < acknowledged ? Finding.TOPIC_SHORT : Finding.INTACT;
        if (finding == Finding.INTACT) {
            return finding;
        }
        log.error("Kafka lost the relay's log ({}): topic {} on cluster {} (before: {}) has taken {} records, but Kafka acknowledged "
                        + "{} stored events up to global index {}; republishing the event store from its start",
                finding.reason, settings.topic(), cluster, seenBefore, onTopic, acknowledged,
                position.flatMap(t -> t.position().isPresent() ? Optional.of(t.position().getAsLong()) : Optional.empty()).orElse(0L));
        metrics.republishing(finding.reason);
        kafkaAdmin.initialize();
        try {
            republisher.republish(0);
        } catch (RepublishRunningException alreadyRunning) {
            log.warn("a republish is already running in this instance; the next check looks again");
        }
        return finding;
    }

    /** Stored events up to the token's position but for those it still waits for: what Kafka acknowledged. */
    private long acknowledgedUpTo(TrackingToken committed) {
        long index = committed.position().orElse(0);
        List<Long> gaps = StoredRelayToken.gaps(committed);
        return jdbc.queryForObject("select count(*) from events.domain_event_entry where global_index <= ? and global_index <> all(?)",
                Long.class, index, gaps.toArray(Long[]::new));
    }

    /** The sum of the topic's end offsets: every record it ever took (retention moves start offsets, never end offsets). */
    private long recordsEverOnTopic() {
        TopicDescription topic;
        try {
            topic = ask(admin().describeTopics(List.of(settings.topic())).allTopicNames()).get(settings.topic());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> latest = topic.partitions().stream()
                .map(partition -> new TopicPartition(settings.topic(), partition.partition()))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return ask(admin().listOffsets(latest).all()).values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }

    private synchronized AdminClient admin() {
        if (admin == null) {
            admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    private static <T> T ask(org.apache.kafka.common.KafkaFuture<T> answer) {
        try {
            return answer.get(ASK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + ASK_AT_MOST, e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
