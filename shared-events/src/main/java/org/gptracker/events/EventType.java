package org.gptracker.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire identity of an event class: {@code name} + {@code ".v"} + {@code version}
 * (e.g. {@code gp.project.ProjectProposed.v1}). Renaming or moving the class never changes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The versionless wire name, e.g. {@code gp.project.ProjectProposed}. */
    String name();

    int version();

    /** The aggregate type whose stream the event belongs to, e.g. {@code Project}. */
    String aggregate();
}
