package org.gptracker.command.eventstore;

import org.gptracker.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions' group-by reads the whole store before its first row: on a store of millions of events on a busy
 * server that outlasts the pool's socket timeout, which bounds every other statement of the service.
 */
class AggregatePositionsTimeoutIT {

    private static final int SOCKET_TIMEOUT_SECONDS = 1;

    @Test
    void thePositionsAreAnsweredWhenTheStoreTakesLongerThanTheSocketTimeoutToRead() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(infrastructure.jdbcUrl("gp_positions_timeout"));
        dataSource.setUser(infrastructure.username());
        dataSource.setPassword(infrastructure.password());
        dataSource.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists events cascade");
        jdbc.execute("create schema events");
        jdbc.execute("create table events.domain_event_entry (aggregate_identifier varchar(255), sequence_number bigint, type varchar(255))");
        jdbc.execute("insert into events.domain_event_entry values ('2024', 0, 'Presidency'), ('2024', 1, 'Presidency'), ('JP', 0, 'Membership')");
        AggregatePositions positions = new AggregatePositions(dataSource, new DataSourceTransactionManager(dataSource));

        // a reader of the whole store waits on the table for three socket timeouts, as it would on a slow scan
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> {
            try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
                locker.setAutoCommit(false);
                statement.execute("lock table events.domain_event_entry in access exclusive mode");
                locked.countDown();
                Thread.sleep(TimeUnit.SECONDS.toMillis(3L * SOCKET_TIMEOUT_SECONDS));
                locker.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();

        positions.write(null, answer);

        held.join();
        assertThat(answer.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {"aggregates":[{"aggregateId":"2024","aggregateType":"Presidency","lastSequence":1},\
                {"aggregateId":"JP","aggregateType":"Membership","lastSequence":0}]}""");
    }
}
