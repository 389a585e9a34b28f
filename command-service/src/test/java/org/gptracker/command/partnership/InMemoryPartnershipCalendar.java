package org.gptracker.command.partnership;

import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A partnership calendar for aggregate tests: members and presidency windows set by hand. */
public final class InMemoryPartnershipCalendar implements PartnershipCalendar, PresidencyWindows {

    private final Map<Member, LocalDate> admitted = new HashMap<>();
    private final Map<Member, List<LocalDate[]>> suspensions = new HashMap<>();
    private final TreeMap<Integer, LocalDate[]> presidencies = new TreeMap<>();

    public InMemoryPartnershipCalendar admit(String country, String admittedOn) {
        admitted.put(Member.of(country), LocalDate.parse(admittedOn));
        return this;
    }

    /** Suspended on [since, until); {@code until} null while the suspension lasts. */
    public InMemoryPartnershipCalendar suspend(String country, String since, String until) {
        suspensions.computeIfAbsent(Member.of(country), c -> new ArrayList<>())
                .add(new LocalDate[]{LocalDate.parse(since), until == null ? null : LocalDate.parse(until)});
        return this;
    }

    public InMemoryPartnershipCalendar presidency(int year, String startsOn, String endsOn) {
        presidencies.put(year, new LocalDate[]{LocalDate.parse(startsOn), LocalDate.parse(endsOn)});
        return this;
    }

    @Override
    public boolean isMemberInGoodStanding(Member country, LocalDate on) {
        LocalDate admittedOn = admitted.get(country);
        if (admittedOn == null || admittedOn.isAfter(on)) {
            return false;
        }
        return suspensions.getOrDefault(country, List.of()).stream()
                .noneMatch(s -> !s[0].isAfter(on) && (s[1] == null || s[1].isAfter(on)));
    }

    @Override
    public Optional<Integer> presidencyOn(LocalDate date) {
        return presidencies.entrySet().stream()
                .filter(e -> !e.getValue()[0].isAfter(date) && !e.getValue()[1].isBefore(date))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public List<Integer> presidenciesOverlapping(LocalDate startsOn, LocalDate endsOn) {
        return presidencies.entrySet().stream()
                .filter(e -> !e.getValue()[0].isAfter(endsOn) && !e.getValue()[1].isBefore(startsOn))
                .map(Map.Entry::getKey).toList();
    }
}
