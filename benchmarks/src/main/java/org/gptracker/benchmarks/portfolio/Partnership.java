package org.gptracker.benchmarks.portfolio;

import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;
import org.gptracker.reference.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The partnership the generated portfolio assumes: the shipped reference data (the same the demo
 * records), in the event contract's types. Every generated event falls in a presidency's window, so
 * the generator stamps each with the presidency the command side would.
 */
public final class Partnership {

    private static final ReferenceData DATA = ReferenceData.shipped();
    public static final LocalDate FOUNDED = DATA.presidencies().get(0).startsOn();

    public record Presidency(int year, Member chair, LocalDate startsOn, LocalDate endsOn, List<Priority> priorities) {
    }

    private static final List<Presidency> PRESIDENCIES = DATA.presidencies().stream()
            .map(p -> new Presidency(p.year(), Member.of(p.chair()), p.startsOn(), p.endsOn(),
                    DATA.prioritiesOf(p.year()).stream().map(priority -> new Priority(priority.code(), priority.title())).toList()))
            .toList();
    private static final List<Member> MEMBERS = DATA.members().stream().map(m -> Member.of(m.code())).toList();

    private Partnership() {
    }

    public static List<Member> members() {
        return MEMBERS;
    }

    public static List<Presidency> presidencies() {
        return PRESIDENCIES;
    }

    /** The last date a generated event may carry: the end of the last presidency, so every project event has one. */
    public static LocalDate lastDate() {
        return PRESIDENCIES.get(PRESIDENCIES.size() - 1).endsOn();
    }

    public static Optional<Presidency> presidencyOn(LocalDate date) {
        return DATA.presidencyOn(date).map(found -> PRESIDENCIES.get(DATA.presidencies().indexOf(found)));
    }

    public static Integer presidencyYearOn(LocalDate date) {
        return DATA.presidencyOn(date).map(ReferenceData.Presidency::year).orElse(null);
    }

    public static boolean inGoodStanding(Member member, LocalDate on) {
        return DATA.inGoodStanding(member.code(), on);
    }

    public static List<Member> membersInGoodStanding(LocalDate on) {
        return MEMBERS.stream().filter(member -> inGoodStanding(member, on)).toList();
    }
}
