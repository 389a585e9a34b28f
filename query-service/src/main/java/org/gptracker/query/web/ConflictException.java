package org.gptracker.query.web;

/** The request conflicts with what the service is doing now (409); {@code slug} names the problem type. */
public class ConflictException extends RuntimeException {

    private final String slug;
    private final String title;

    public ConflictException(String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }
}
