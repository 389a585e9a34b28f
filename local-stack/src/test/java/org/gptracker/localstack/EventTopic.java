package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.gptracker.testsupport.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The gp.events topic seen from outside: every CloudEvent on it, and how far a consumer group has read. */
final class EventTopic implements AutoCloseable {

    static final String NAME = "gp.events";

    private final TopicReader reader;
    private final Admin admin;

    EventTopic(String bootstrapServers) {
        reader = new TopicReader(bootstrapServers, NAME);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Reads from the beginning until {@code done} holds for all CloudEvents read (or the timeout passes). */
    List<JsonNode> readUntil(Predicate<List<JsonNode>> done, Duration timeout) {
        return cloudEvents(reader.readUntil(records -> done.test(cloudEvents(records)), timeout));
    }

    static Map<String, Long> countById(List<JsonNode> events) {
        return events.stream().collect(Collectors.groupingBy(event -> event.get("id").asText(), Collectors.counting()));
    }

    /** Waits until the group has committed the end of every partition, i.e. has processed everything on the topic. */
    boolean awaitCaughtUp(String groupId, Duration timeout) throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(NAME)).allTopicNames().get().get(NAME).partitions().stream()
                .map(info -> new TopicPartition(NAME, info.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            boolean caughtUp = ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset());
            if (caughtUp) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Override
    public void close() {
        reader.close();
        admin.close();
    }

    private static List<JsonNode> cloudEvents(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> cloudEvent(record.value())).toList();
    }

    private static JsonNode cloudEvent(byte[] value) {
        try {
            return JsonHttp.JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A record on " + NAME + " is not JSON", e);
        }
    }
}
