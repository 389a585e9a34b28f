package org.gptracker.query.presidency;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/** A presidency in the list of every presidency: chair, window and headline counts (DESIGN §4 "presidencies"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PresidencyHeadline(int year, String chair, List<ChairView> chairs, LocalDate startsOn, LocalDate endsOn,
                          LocalDate closedOn, Headcounts counts) {

    /** Projects whose milestone's effective date falls in the window. */
    record Headcounts(long proposed, long matched, long funded, long closed) {
    }
}
