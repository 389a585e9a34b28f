package org.gptracker.query.it;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the dead-letter topic from its beginning, outside any consumer group, as an operator would. */
final class DeadLetterReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    DeadLetterReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The dead letters with these keys, by key; fewer if they do not all arrive within {@code timeout}. */
    Map<String, ConsumerRecord<String, byte[]>> withKeys(Set<String> keys, Duration timeout) {
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!found.keySet().containsAll(keys) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (keys.contains(record.key())) {
                    found.put(record.key(), record);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
