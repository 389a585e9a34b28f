package org.gptracker.events;

import java.time.LocalDate;

/**
 * Every event of the contract. Its wire name is given by {@link EventType}; the business date it
 * took effect and the presidency that date falls in are stamped once, on the command side, so a
 * replay never re-derives them.
 */
public interface GpEvent {

    /** The business date the change happened (not when it was recorded). */
    LocalDate effectiveDate();

    /** The presidency whose window holds {@link #effectiveDate()}, or null when none does. */
    Integer presidencyYear();
}
