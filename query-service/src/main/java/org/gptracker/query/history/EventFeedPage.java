package org.gptracker.query.history;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a presidency's replay feed.
 *
 * @param next the cursor of the following page, null on the last page
 */
record EventFeedPage(
        List<FeedEvent> events,
        @Schema(description = "Pass as ?cursor= for the following page; null on the last page")
        String next) {

    /** @param fetched up to {@code size + 1} events: one more than the page holds tells that a following page exists */
    static EventFeedPage of(List<LoggedEvent> fetched, int size) {
        if (fetched.size() <= size) {
            return new EventFeedPage(fetched.stream().map(FeedEvent::of).toList(), null);
        }
        List<LoggedEvent> page = fetched.subList(0, size);
        return new EventFeedPage(page.stream().map(FeedEvent::of).toList(), FeedCursor.after(page.get(size - 1)).encode());
    }
}
