package org.gptracker.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic           the event log the read models are built from
 * @param deadLetterTopic where records that cannot be read as events go
 * @param partitions      partitions of both topics when this service creates them
 */
@ConfigurationProperties("gp.kafka")
record KafkaSettings(String topic, String deadLetterTopic, int partitions) {
}
