package org.gptracker.query.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventFeedPageTest {

    @Test
    void whatFitsInThePageIsTheLastPage() {
        EventFeedPage page = EventFeedPage.of(events(3), 3);

        assertThat(page.events()).extracting(FeedEvent::eventId).containsExactly("e-0", "e-1", "e-2");
        assertThat(page.next()).isNull();
    }

    @Test
    void oneEventMoreThanThePageHoldsMeansAnotherPageStartsAfterTheLastShown() {
        List<LoggedEvent> fetched = events(4);

        EventFeedPage page = EventFeedPage.of(fetched, 3);

        assertThat(page.events()).extracting(FeedEvent::eventId).containsExactly("e-0", "e-1", "e-2");
        assertThat(FeedCursor.decode(page.next())).isEqualTo(FeedCursor.after(fetched.get(2)));
    }

    @Test
    void aFeedEventCarriesTheLoggedEventAndItsAggregate() {
        LoggedEvent logged = new LoggedEvent("e-1", "Presidency", "2025", 0, "gp.presidency.PresidencyOpened.v1",
                LocalDate.of(2024, 12, 1), Instant.parse("2024-12-01T10:00:00Z"), 2025, "secretariat", "c-1",
                "{\"year\":2025}");

        assertThat(FeedEvent.of(logged)).isEqualTo(new FeedEvent("e-1", "Presidency", "2025", 0,
                "gp.presidency.PresidencyOpened.v1", LocalDate.of(2024, 12, 1), Instant.parse("2024-12-01T10:00:00Z"),
                2025, "secretariat", "c-1", "{\"year\":2025}"));
    }

    private static List<LoggedEvent> events(int count) {
        return IntStream.range(0, count).mapToObj(i -> new LoggedEvent("e-" + i, "Project", "p-" + i, i,
                "gp.project.ProjectProposed.v1", LocalDate.of(2025, 3, 1 + i), Instant.parse("2025-03-14T09:30:00Z"),
                2025, "alice", null, "{}")).toList();
    }
}
