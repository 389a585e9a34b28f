package org.gptracker.command.web;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void aPoolTimeoutWrappedByAxonIsUnavailableWithRetryAfter() {
        ResponseEntity<Object> answer = handler.unexpected(new EventStoreException("could not load",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.")));

        assertUnavailable(answer);
    }

    @Test
    void aConnectionExceptionSqlStateDeepInTheCauseChainIsUnavailable() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertUnavailable(handler.unexpected(new JdbcException("Failed to create a SQL statement", new RuntimeException(lost))));
    }

    @Test
    void aStatementOnAConnectionThePoolAlreadyClosedIsUnavailable() {
        assertUnavailable(handler.unexpected(new JdbcException("Failed to create a SQL statement", new SQLException("Connection is closed"))));
    }

    @Test
    void aFailedRollbackIsJudgedByTheFailureThatCausedIt() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed");
        rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertUnavailable(handler.unexpected(rollback));
    }

    @Test
    void anSqlErrorThatIsNoConnectionFailureStaysAnInternalError() {
        ResponseEntity<Object> answer = handler.unexpected(new JdbcException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    }

    private static void assertUnavailable(ResponseEntity<Object> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType()).hasToString("https://gp-tracker.org/problems/unavailable");
        assertThat(problem.getTitle()).isEqualTo("Service unavailable");
        assertThat(problem.getDetail()).doesNotContain("SQL", "Hikari", "Exception");
    }
}
