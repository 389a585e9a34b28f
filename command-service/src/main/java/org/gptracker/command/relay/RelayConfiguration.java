package org.gptracker.command.relay;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelaySettings.class)
class RelayConfiguration {

    /** The event topic is a replayable log: unlimited retention. */
    @Bean
    NewTopic eventTopic(RelaySettings settings) {
        return keptForever(settings.topic(), settings);
    }

    /** Where the relay sets aside what it can never publish; the query service's dead letters go there too. */
    @Bean
    NewTopic deadLetterTopic(RelaySettings settings) {
        return keptForever(settings.deadLetterTopic(), settings);
    }

    private static NewTopic keptForever(String name, RelaySettings settings) {
        return TopicBuilder.name(name)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    @Bean
    RelayStore relayStore(RelaySettings settings, ConnectionProvider connections, TransactionManager transactions, EventSchema schema,
                          @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                          PersistenceExceptionResolver exceptions, ObjectProvider<EventUpcaster> upcasters) {
        return RelayStore.of(settings, connections, transactions, schema, eventSerializer, serializer, exceptions,
                upcasters.orderedStream().toList());
    }

    /** Wakes the relay when a command's transaction committed events (after the commit: they are readable then). */
    @Autowired
    void announceCommits(EventStore eventStore, StoreCommits commits) {
        eventStore.registerDispatchInterceptor(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> commits.committed());
            } else {
                commits.committed();
            }
            return (index, event) -> event;
        });
    }

    /**
     * A failed send must fail the batch so the processor retries it from its token; the default
     * error handler would log the failure and move on, losing the event.
     */
    @Autowired
    void failBatchesThatDoNotReachKafka(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaRelay.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
