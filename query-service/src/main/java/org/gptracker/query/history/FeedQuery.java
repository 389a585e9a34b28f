package org.gptracker.query.history;

import org.gptracker.web.RequestValidationException;
import org.gptracker.query.web.QueryParameters;

/**
 * A request for one page of a presidency's event feed, checked.
 *
 * @param after where the previous page ended, null for the first page
 */
record FeedQuery(int year, int size, FeedCursor after) {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;
    // the partnership's founding; the command side refuses earlier presidencies
    static final int FIRST_YEAR = 2002;
    static final int LAST_YEAR = 9999;

    /**
     * @param size   blank for the default size
     * @param cursor blank for the first page
     * @throws RequestValidationException naming every bad parameter
     */
    static FeedQuery of(String year, String size, String cursor) {
        QueryParameters parameters = new QueryParameters();
        Integer presidency = parameters.integer("year", year, FIRST_YEAR, LAST_YEAR);
        Integer pageSize = parameters.integer("size", blankAsAbsent(size), 1, MAX_SIZE);
        FeedCursor after = parameters.parsed("cursor", blankAsAbsent(cursor), token -> {
            FeedCursor decoded = FeedCursor.decode(token.strip());
            if (presidency != null && decoded.presidency() != presidency) {
                throw new IllegalArgumentException("belongs to the feed of presidency " + decoded.presidency() + ", not " + presidency);
            }
            return decoded;
        });
        parameters.check();
        return new FeedQuery(presidency, pageSize == null ? DEFAULT_SIZE : pageSize, after);
    }

    private static String blankAsAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
