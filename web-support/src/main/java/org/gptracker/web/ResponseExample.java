package org.gptracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An example of a successful answer for the OpenAPI document; {@code value} is the body as answered. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ResponseExample.List.class)
public @interface ResponseExample {

    String status();

    String summary();

    String value();

    String mediaType() default "application/json";

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ResponseExample[] value();
    }
}
