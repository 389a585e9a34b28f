package org.gptracker.command.partnership;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the command side knows across aggregates, read from its own events (never from the query
 * service): who was a member in good standing on a date, and which presidency's window held it.
 */
public interface PartnershipCalendar {

    /** Admitted on or before {@code on} and not suspended on that date. */
    boolean isMemberInGoodStanding(Member member, LocalDate on);

    /** The year of the presidency whose window [startsOn, endsOn] holds {@code date}. */
    Optional<Integer> presidencyOn(LocalDate date);
}
