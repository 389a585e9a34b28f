package org.gptracker.query.consistency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client of the command service, against a real HTTP server answering as the command service would. */
class EventStoreTest {

    private static final String TOKEN = "Bearer some.jwt.token";
    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private final CommandServiceStandIn commandService = CommandServiceStandIn.start();
    private final EventStore eventStore = new EventStore(RestClient.builder(),
            new CommandServiceSettings(commandService.url(), Duration.ofSeconds(1), READ_TIMEOUT));

    @AfterEach
    void stop() {
        commandService.close();
    }

    @Test
    void theStoresPositionsAreAskedWithTheCallersAuthorization() {
        commandService.holds(List.of(new CommandServiceStandIn.StoredAggregate("2025", "Presidency", 4)));

        assertThat(eventStore.lastSequences(TOKEN)).containsExactly(new AggregatePosition("2025", "Presidency", 4));
        assertThat(commandService.lastAuthorization()).isEqualTo(TOKEN);
    }

    @Test
    void fieldsTheCommandServiceAddsLaterAreIgnored() {
        commandService.answers(200, """
                {"aggregates":[{"aggregateId":"UA","aggregateType":"Membership","lastSequence":0,"lastRecordedAt":"x"}],
                 "total":1}""");

        assertThat(eventStore.lastSequences(TOKEN)).containsExactly(new AggregatePosition("UA", "Membership", 0));
    }

    @Test
    void aCommandServiceThatIsDownIsUnavailable() {
        commandService.goDown();

        assertThatThrownBy(() -> eventStore.lastSequences(TOKEN))
                .isInstanceOf(CommandServiceUnavailableException.class).hasMessageContaining("cannot be reached");
    }

    @Test
    void anErrorAnswerIsUnavailableWithItsStatus() {
        commandService.answers(500, "{\"type\":\"https://gp-tracker.org/problems/internal\"}");

        assertThatThrownBy(() -> eventStore.lastSequences(TOKEN))
                .isInstanceOf(CommandServiceUnavailableException.class).hasMessageContaining("answered 500");
    }

    @Test
    void anAnswerThatIsNotThePositionsIsUnavailable() {
        commandService.answers(200, "{\"aggregates\":[{\"aggregateType\":\"Project\",\"lastSequence\":1}]}");

        assertThatThrownBy(() -> eventStore.lastSequences(TOKEN))
                .isInstanceOf(CommandServiceUnavailableException.class).hasMessageContaining("could not be read");
    }

    @Test
    void anAnswerWithoutABodyIsUnavailable() {
        commandService.answers(200, "");

        assertThatThrownBy(() -> eventStore.lastSequences(TOKEN))
                .isInstanceOf(CommandServiceUnavailableException.class).hasMessageContaining("without a body");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsNotWaitedFor() {
        commandService.holds(List.of());
        commandService.answersAfter(READ_TIMEOUT.multipliedBy(6));
        long started = System.nanoTime();

        assertThatThrownBy(() -> eventStore.lastSequences(TOKEN))
                .isInstanceOf(CommandServiceUnavailableException.class).hasMessageContaining("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT.multipliedBy(4));
    }
}
