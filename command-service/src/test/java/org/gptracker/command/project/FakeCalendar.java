package org.gptracker.command.project;

import org.gptracker.command.partnership.PartnershipCalendar;
import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory partnership calendar for aggregate tests: members are admitted and suspended on
 * dates, presidencies hold date windows, all set up builder-style.
 */
final class FakeCalendar implements PartnershipCalendar {

    private record Window(LocalDate from, LocalDate until) {
        boolean holds(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }

    private record Presidency(int year, Window window) {
    }

    private final Map<Member, LocalDate> admissions = new HashMap<>();
    private final Map<Member, List<Window>> suspensions = new HashMap<>();
    private final List<Presidency> presidencies = new ArrayList<>();

    FakeCalendar admit(Member country, LocalDate on) {
        admissions.put(country, on);
        return this;
    }

    /** Suspended from {@code since} to {@code until} inclusive; {@code until} null means still suspended. */
    FakeCalendar suspend(Member country, LocalDate since, LocalDate until) {
        suspensions.computeIfAbsent(country, c -> new ArrayList<>()).add(new Window(since, until));
        return this;
    }

    FakeCalendar presidency(int year, LocalDate startsOn, LocalDate endsOn) {
        presidencies.add(new Presidency(year, new Window(startsOn, endsOn)));
        return this;
    }

    @Override
    public boolean isMemberInGoodStanding(Member country, LocalDate on) {
        LocalDate admitted = admissions.get(country);
        return admitted != null && !admitted.isAfter(on)
                && suspensions.getOrDefault(country, List.of()).stream().noneMatch(window -> window.holds(on));
    }

    @Override
    public Optional<Integer> presidencyOn(LocalDate date) {
        return presidencies.stream().filter(p -> p.window().holds(date)).map(Presidency::year).findFirst();
    }
}
