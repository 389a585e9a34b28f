package org.gptracker.command.partnership;

import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The partnership calendar's tables as read at one moment: admissions, suspensions, presidency windows. */
record CalendarSnapshot(Map<String, LocalDate> admissions, Map<String, List<Suspension>> suspensions, List<Window> windows)
        implements PartnershipCalendar {

    /** Suspended on [from, until); {@code until} null while it lasts. */
    record Suspension(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    /** Presidency {@code year} held [startsOn, endsOn]; ordered by year. */
    record Window(int year, LocalDate startsOn, LocalDate endsOn) {
        boolean holds(LocalDate day) {
            return !startsOn.isAfter(day) && !endsOn.isBefore(day);
        }
    }

    @Override
    public boolean isMemberInGoodStanding(Member member, LocalDate on) {
        LocalDate admittedOn = admissions.get(member.code());
        return admittedOn != null && !admittedOn.isAfter(on)
                && suspensions.getOrDefault(member.code(), List.of()).stream().noneMatch(s -> s.covers(on));
    }

    @Override
    public Optional<Integer> presidencyOn(LocalDate date) {
        for (Window window : windows) {
            if (window.holds(date)) {
                return Optional.of(window.year());
            }
        }
        return Optional.empty();
    }
}
