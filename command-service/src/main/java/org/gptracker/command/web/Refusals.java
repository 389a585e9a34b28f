package org.gptracker.command.web;

import org.gptracker.command.Refusal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that sends a command through the dispatcher, and names the refusal codes its
 * aggregate may answer with. The OpenAPI document then shows the 409 with one example per code (plus
 * {@code CONCURRENT_CHANGE}), the {@code Idempotency-Key} and {@code X-Correlation-Id} headers, 413 and 422.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Refusals {

    Refusal[] value();
}
