package org.gptracker.command.partnership;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Member;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The partnership calendar read from the lookup tables in schema {@code events}, which
 * {@link PartnershipCalendarUpdater} writes in the same transaction as the events themselves, so a
 * command always sees every event committed before it.
 */
@Component
public class JdbcPartnershipCalendar implements PartnershipCalendar, PresidencyWindows {

    private final JdbcTemplate jdbc;

    public JdbcPartnershipCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isMemberInGoodStanding(Member member, LocalDate on) {
        Boolean inGoodStanding = jdbc.queryForObject("""
                select exists (
                    select 1 from events.membership_period m
                    where m.country = ? and m.admitted_on <= ?
                      and not exists (
                          select 1 from events.membership_suspension s
                          where s.country = m.country and s.suspended_on <= ?
                            and (s.reinstated_on is null or s.reinstated_on > ?)))""",
                Boolean.class, member.code(), Date.valueOf(on), Date.valueOf(on), Date.valueOf(on));
        return Boolean.TRUE.equals(inGoodStanding);
    }

    @Override
    public Optional<Integer> presidencyOn(LocalDate date) {
        List<Integer> years = jdbc.queryForList("""
                select year from events.presidency_window
                where starts_on <= ? and ends_on >= ?
                order by year limit 1""", Integer.class, Date.valueOf(date), Date.valueOf(date));
        return years.stream().findFirst();
    }

    @Override
    public List<Integer> presidenciesOverlapping(LocalDate startsOn, LocalDate endsOn) {
        return jdbc.queryForList("""
                select year from events.presidency_window
                where starts_on <= ? and ends_on >= ?
                order by year""", Integer.class, Date.valueOf(endsOn), Date.valueOf(startsOn));
    }
}
