package org.gptracker.command.partnership;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership calendar's lookup tables in schema {@code events}, which {@link PartnershipCalendarUpdater}
 * writes in the same transaction as the events themselves: read whole for {@link CachedPartnershipCalendar},
 * and asked directly, in the command's transaction, whether a new presidency's window is free.
 */
@Component
class JdbcPartnershipCalendar implements PresidencyWindows {

    private final JdbcTemplate jdbc;

    JdbcPartnershipCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables as they stand, read in the caller's transaction (a command's own, when it runs in one). */
    CalendarSnapshot read() {
        Map<String, LocalDate> admissions = new HashMap<>();
        jdbc.query("select country, admitted_on from events.membership_period",
                (ResultSet row) -> { admissions.put(row.getString(1), row.getDate(2).toLocalDate()); });
        Map<String, List<CalendarSnapshot.Suspension>> suspensions = new HashMap<>();
        jdbc.query("select country, suspended_on, reinstated_on from events.membership_suspension",
                (ResultSet row) -> {
                    Date reinstated = row.getDate(3);
                    suspensions.computeIfAbsent(row.getString(1), country -> new ArrayList<>()).add(new CalendarSnapshot.Suspension(
                            row.getDate(2).toLocalDate(), reinstated == null ? null : reinstated.toLocalDate()));
                });
        List<CalendarSnapshot.Window> windows = jdbc.query("select year, starts_on, ends_on from events.presidency_window order by year",
                (row, n) -> new CalendarSnapshot.Window(row.getInt(1), row.getDate(2).toLocalDate(), row.getDate(3).toLocalDate()));
        return new CalendarSnapshot(Map.copyOf(admissions), Map.copyOf(suspensions), List.copyOf(windows));
    }

    @Override
    public List<Integer> presidenciesOverlapping(LocalDate startsOn, LocalDate endsOn) {
        return jdbc.queryForList("""
                select year from events.presidency_window
                where starts_on <= ? and ends_on >= ?
                order by year""", Integer.class, Date.valueOf(endsOn), Date.valueOf(startsOn));
    }
}
