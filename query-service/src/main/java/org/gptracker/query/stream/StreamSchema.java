package org.gptracker.query.stream;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates and migrates schema {@code stream} with its own Flyway history ({@code db/stream}): the read schema's
 * migrations also build a rebuild's shadow schema, and the stream's log must not be rebuilt. Taking the
 * {@link JdbcTemplate} orders this after the read schema's migrations, which the first one reads.
 */
@Component
class StreamSchema {

    StreamSchema(JdbcTemplate jdbc) {
        Flyway.configure()
                .dataSource(jdbc.getDataSource())
                .schemas("stream")
                .createSchemas(true)
                .locations("classpath:db/stream")
                .load()
                .migrate();
    }
}
