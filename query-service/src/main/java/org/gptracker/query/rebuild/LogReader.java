package org.gptracker.query.rebuild;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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

    private static final int FETCH_BYTES = 448 << 10;
    private static final int POLL_RECORDS = 1000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final int batchSize;
    private final List<TopicPartition> partitions;

    LogReader(Map<String, Object> consumerProperties, String topic, int batchSize) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "gp-rebuild");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(batchSize, POLL_RECORDS));
        // fetch answers under half a megabyte: a larger one is read into one array, which G1 takes for a humongous
        // object, and every humongous allocation can start a concurrent collection cycle
        properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 << 10);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, FETCH_BYTES);
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, FETCH_BYTES);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.batchSize = batchSize;
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * The next record values, about a batch (less when the log has no more yet), in log order per partition; empty when
     * none came within {@code wait}. A fetch holds fewer records than a batch: polls take what was fetched until the
     * batch is full.
     */
    List<byte[]> next(Duration wait) {
        List<byte[]> values = new ArrayList<>(batchSize);
        ConsumerRecords<String, byte[]> records = consumer.poll(wait);
        while (!records.isEmpty()) {
            for (ConsumerRecord<String, byte[]> record : records) {
                values.add(record.value());
            }
            if (values.size() >= batchSize) {
                break;
            }
            records = consumer.poll(Duration.ZERO);
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
