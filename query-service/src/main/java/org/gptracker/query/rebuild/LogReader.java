package org.gptracker.query.rebuild;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads the whole event log from its first record, every partition, outside any consumer group: a rebuild
 * neither joins nor moves the live consumers' group.
 */
class LogReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;

    LogReader(Map<String, Object> consumerProperties, String topic, int batchSize) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "gp-rebuild");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The next record values in log order per partition; empty when none came within {@code wait}. */
    List<byte[]> next(Duration wait) {
        List<byte[]> values = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            values.add(record.value());
        }
        return values;
    }

    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions);
    }

    /**
     * Records in the log not read yet: from what the last fetches said of each partition's end, without asking
     * the broker, unless a partition has not been fetched from yet.
     */
    long lag() {
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OptionalLong known = consumer.currentLag(partition);
            if (known.isEmpty()) {
                return lagAskingTheBroker();
            }
            lag += known.getAsLong();
        }
        return lag;
    }

    private long lagAskingTheBroker() {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends().entrySet()) {
            lag += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        return lag;
    }

    boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
