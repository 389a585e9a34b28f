package org.gptracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An example request body for the OpenAPI document; {@code value} is the body as sent. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequestExample.List.class)
public @interface RequestExample {

    String name();

    String summary();

    String value();

    /** The media type it is sent as. */
    String mediaType() default "application/json";

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        RequestExample[] value();
    }
}
