package org.gptracker.command.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.testsupport.TestInfrastructure;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A command store of its own (a database of the test infrastructure), migrated to V5 — before the audit chain —
 * and filled with events of the shape they had then: payloads as the Jackson serializer wrote them, the token's sub
 * as {@code actor} in the metadata, no hash. {@link #chain()} then runs the remaining migrations, V6 among them.
 */
final class UnchainedStore {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final EventCatalog CATALOG = EventCatalog.standard();

    final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    final JdbcTemplate jdbc;

    UnchainedStore(String database) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        dataSource.setURL(infrastructure.jdbcUrl(database));
        dataSource.setUser(infrastructure.username());
        dataSource.setPassword(infrastructure.password());
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists events cascade");
        flyway().target("5").load().migrate();
    }

    /** As the storage engine wrote an event before the chain, at the next global index. */
    void store(String aggregateId, long sequence, GpEvent event, String actor, long millis) throws Exception {
        storeAt(null, aggregateId, sequence, event, actor, millis);
    }

    /** The same at a given global index. */
    void storeAt(Long globalIndex, String aggregateId, long sequence, GpEvent event, String actor, long millis) throws Exception {
        EventCatalog.Entry type = CATALOG.of(event.getClass());
        Map<String, Object> metaData = new LinkedHashMap<>();
        if (actor != null) {
            metaData.put("actor", actor);
        }
        metaData.put("correlationId", UUID.randomUUID().toString());
        jdbc.update("""
                insert into events.domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                                                       type, time_stamp, payload_type, payload_revision, payload, meta_data)
                values (coalesce(?, nextval('events.global_event_index_seq')), ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                globalIndex, UUID.randomUUID().toString(), aggregateId, sequence, type.aggregateType(),
                "2024-03-01T10:00:00.%03dZ".formatted(millis), type.name(), Integer.toString(type.version()),
                JSON.writeValueAsBytes(event), JSON.writeValueAsBytes(metaData));
    }

    /** Migrates to the end: V6 chains what is stored. */
    void chain() {
        flyway().load().migrate();
    }

    Verification verify() {
        ChainVerifier verifier = new ChainVerifier(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC());
        try {
            return verifier.verify(null);
        } finally {
            verifier.destroy();
        }
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/command").schemas("events").createSchemas(true);
    }
}
