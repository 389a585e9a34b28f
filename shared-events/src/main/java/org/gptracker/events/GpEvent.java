package org.gptracker.events;

import java.time.LocalDate;

/** Every event of the contract; its effective date and presidency are stamped once, on the command side (DESIGN §2). */
public interface GpEvent {

    /** The business date the change happened (not when it was recorded). */
    LocalDate effectiveDate();

    /** The presidency whose window holds {@link #effectiveDate()}, or null when none does. */
    Integer presidencyYear();
}
