package org.gptracker.command.web;

/** What a request carrying an Idempotency-Key was answered, kept to answer its repeats identically. */
record RecordedAnswer(String requestHash, int status, String location, String body) {
}
