package org.gptracker.query.consumer;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates the topics at start-up when they do not exist yet (the command service may have created them first). */
@Configuration(proxyBeanMethods = false)
class Topics {

    /** The event log is replayable: read models are rebuilt from it, so nothing is ever deleted. */
    @Bean
    NewTopic eventsTopic(KafkaSettings settings) {
        return TopicBuilder.name(settings.topic())
                .partitions(settings.partitions())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    @Bean
    NewTopic deadLetterTopic(KafkaSettings settings) {
        return TopicBuilder.name(settings.deadLetterTopic())
                .partitions(settings.partitions())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
