package org.gptracker.command.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * The presidency windows the command side has recorded, asked before a new presidency opens:
 * two windows never share a day.
 */
public interface PresidencyWindows {

    /** The years of every presidency whose window [startsOn, endsOn] shares at least one day with the given one, ascending. */
    List<Integer> presidenciesOverlapping(LocalDate startsOn, LocalDate endsOn);
}
