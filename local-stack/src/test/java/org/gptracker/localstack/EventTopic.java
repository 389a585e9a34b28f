package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;
import org.gptracker.testsupport.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The gp.events topic (or a separate stack's) seen from outside: every CloudEvent on it, how far a consumer group
 * has read, and which group member owns which partition.
 */
final class EventTopic implements AutoCloseable {

    static final String NAME = "gp.events";

    private final String topic;
    private final TopicReader reader;
    private final Admin admin;

    EventTopic(String bootstrapServers) {
        this(bootstrapServers, NAME);
    }

    EventTopic(String bootstrapServers, String topic) {
        this.topic = topic;
        reader = new TopicReader(bootstrapServers, topic);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Reads from the beginning until {@code done} holds for all CloudEvents read (or the timeout passes). */
    List<JsonNode> readUntil(Predicate<List<JsonNode>> done, Duration timeout) {
        return cloudEvents(reader.readUntil(records -> done.test(cloudEvents(records)), timeout));
    }

    static Map<String, Long> countById(List<JsonNode> events) {
        return events.stream().collect(Collectors.groupingBy(event -> event.get("id").asText(), Collectors.counting()));
    }

    /** How many records the topic holds: the sum of its partitions' end offsets. */
    long records() throws InterruptedException, ExecutionException {
        return endOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Where each partition's next record will go. */
    Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .collect(Collectors.toMap(info -> new TopicPartition(topic, info.partition()), info -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
    }

    /**
     * The records produced at or after {@code offsets} (from {@link #endOffsets()}), read until {@code done} holds for
     * them (or the timeout passes).
     */
    List<ConsumerRecord<String, byte[]>> readFrom(Map<TopicPartition, Long> offsets,
                                                  Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        return after(offsets, reader.readUntil(records -> done.test(after(offsets, records)), timeout));
    }

    private static List<ConsumerRecord<String, byte[]>> after(Map<TopicPartition, Long> offsets,
                                                              List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(record -> record.offset() >= offsets.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L))
                .toList();
    }

    /** Waits until the group has committed the end of every partition, i.e. has processed everything on the topic. */
    boolean awaitCaughtUp(String groupId, Duration timeout) throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
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

    /**
     * A consumer group as the broker sees it: {@code stable} when no rebalance is under way, {@code members} every
     * member id, {@code owners} those that own partitions of the topic, with their partitions.
     */
    record Assignment(boolean stable, Set<String> members, Map<String, Set<Integer>> owners) {

        Set<Integer> partitionsOf(Set<String> someMembers) {
            Set<Integer> partitions = new TreeSet<>();
            owners.forEach((member, owned) -> {
                if (someMembers.contains(member)) {
                    partitions.addAll(owned);
                }
            });
            return partitions;
        }
    }

    Assignment assignment(String groupId) throws InterruptedException, ExecutionException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get();
        Set<String> members = new TreeSet<>();
        Map<String, Set<Integer>> owners = new TreeMap<>();
        for (MemberDescription member : group.members()) {
            members.add(member.consumerId());
            Set<Integer> partitions = member.assignment().topicPartitions().stream()
                    .filter(partition -> partition.topic().equals(topic))
                    .map(TopicPartition::partition)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!partitions.isEmpty()) {
                owners.put(member.consumerId(), partitions);
            }
        }
        return new Assignment(group.state() == ConsumerGroupState.STABLE, members, owners);
    }

    @Override
    public void close() {
        reader.close();
        admin.close();
    }

    private List<JsonNode> cloudEvents(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> cloudEvent(record.value())).toList();
    }

    private JsonNode cloudEvent(byte[] value) {
        try {
            return JsonHttp.JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A record on " + topic + " is not JSON", e);
        }
    }
}
