package org.gptracker.command.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's JDBC storage engine (auto-configured) on the tables that Flyway creates in schema
 * {@code events}. Events are written with the contract's own JSON configuration and wire names,
 * so a stored payload reads exactly like the {@code data} of the Kafka envelope.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** More than there are states or presidencies: every membership and presidency stays cached. */
    private static final long MEMBERS_AND_YEARS = 1024;

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("events.domain_event_entry")
                .snapshotTable("events.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /** One cache per aggregate type, so that ids of different types never meet (decision 0030). */
    @Bean
    AggregateCache projectCache(@Value("${gp.aggregate-cache.projects:4096}") long size) {
        return new AggregateCache(size);
    }

    @Bean
    AggregateCache membershipCache() {
        return new AggregateCache(MEMBERS_AND_YEARS);
    }

    @Bean
    AggregateCache presidencyCache() {
        return new AggregateCache(MEMBERS_AND_YEARS);
    }

    /** Axon's configuration takes it for every aggregate in place of its reflective default. */
    @Bean
    CommandTargetResolver commandTargets() {
        return new CommandTargets();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("events.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jsonSerializer();
    }

    /** Copies who acted and the request's correlation id from each command onto the events it causes. */
    @Bean
    CorrelationDataProvider actorAndCorrelation() {
        return new SimpleCorrelationDataProvider(CommandMetadata.ACTOR, CommandMetadata.CORRELATION_ID);
    }

    private static Serializer jsonSerializer() {
        return ContractSerializer.create();
    }
}
