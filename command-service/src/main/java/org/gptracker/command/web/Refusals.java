package org.gptracker.command.web;

import org.gptracker.command.Refusal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that sends a command through {@link CommandRequests}, and names the refusal codes it
 * can answer with: only those its command can meet once its body passed the request checks (a code the
 * aggregate keeps for commands built otherwise, e.g. {@code TITLE_REQUIRED} behind a 400 for a blank title, or
 * {@code DUPLICATE_OFFER} where the service chooses the id, is not listed). The OpenAPI document then shows
 * the 409 with one example per code (plus {@code CONCURRENT_CHANGE} unless the command only ever creates a
 * new aggregate under a new id; no 409 when nothing is left), the {@code Idempotency-Key} and
 * {@code X-Correlation-Id} headers, 413 and 422.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Refusals {

    Refusal[] value();

    /** Whether a concurrent change to the same aggregate can refuse it. */
    boolean concurrentChange() default true;
}
