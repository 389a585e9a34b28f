package org.gptracker.query.presidency;

import java.time.LocalDate;

/** A member chairing a presidency from {@code since}. */
record ChairView(String chair, LocalDate since) {
}
