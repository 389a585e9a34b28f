package org.gptracker.query.project;

import org.gptracker.query.web.QueryParameters;

/** Which page of a list is asked for: {@code page} 0-based (default 0), {@code size} 1 to 200 (default 20). */
record Paging(int page, int size) {

    static final int MAX_SIZE = 200;

    static Paging of(QueryParameters parameters, String page, String size) {
        Integer number = parameters.integer("page", page, 0, 10_000_000);
        Integer length = parameters.integer("size", size, 1, MAX_SIZE);
        return new Paging(number == null ? 0 : number, length == null ? 20 : length);
    }
}
