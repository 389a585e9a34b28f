package org.gptracker.benchmarks.portfolio;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;

/**
 * The partnership as the generated portfolio assumes it: the members with their admission dates,
 * Russia's suspension, and the presidencies 2002–2025 with their chairs and priorities. Each
 * presidency's window is its calendar year, except 2002's, which starts when the partnership was
 * founded at Kananaskis (2002-06-27): a chair must already be a member on the first day of its window.
 */
public final class Partnership {

    public static final LocalDate FOUNDED = LocalDate.of(2002, Month.JUNE, 27);
    public static final int FIRST_YEAR = 2002;
    public static final int LAST_YEAR = 2025;

    public record Membership(Member member, LocalDate admittedOn) {
    }

    public record Suspension(Member member, LocalDate since, String reason) {
    }

    public record Presidency(int year, Member chair, LocalDate startsOn, LocalDate endsOn, List<Priority> priorities) {

        public boolean holds(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    private static final List<Membership> MEMBERS = List.of(
            founder("CA"), founder("FR"), founder("DE"), founder("IT"), founder("JP"), founder("RU"), founder("GB"), founder("US"),
            member("NO", "2003-06-01"), member("SE", "2003-06-01"), member("FI", "2003-06-01"), member("NL", "2003-06-01"),
            member("PL", "2003-06-01"), member("CH", "2003-06-01"),
            member("AU", "2004-06-08"), member("BE", "2004-06-08"), member("CZ", "2004-06-08"), member("DK", "2004-06-08"),
            member("IE", "2004-06-08"), member("KR", "2004-06-08"), member("NZ", "2004-06-08"),
            member("UA", "2005-07-06"), member("HU", "2008-07-07"), member("ES", "2009-07-08"), member("PT", "2009-07-08"),
            member("KZ", "2010-06-25"), member("MX", "2011-05-26"), member("PH", "2012-05-18"),
            member("GE", "2013-06-17"), member("JO", "2013-06-17"));

    private static final List<Suspension> SUSPENSIONS = List.of(new Suspension(Member.of("RU"), LocalDate.of(2014, 3, 24),
            "G7 leaders suspended participation after the annexation of Crimea (The Hague Declaration)"));

    private static final List<Presidency> PRESIDENCIES = List.of(
            presidency(2002, "CA", FOUNDED, p("DESTRUCTION_CHEMICAL_WEAPONS", "Destruction of chemical weapons"),
                    p("NUCLEAR_SUBMARINES", "Dismantlement of decommissioned nuclear submarines")),
            presidency(2003, "FR", p("FISSILE_MATERIAL", "Disposition of fissile materials")),
            presidency(2004, "US", p("FORMER_WEAPONS_SCIENTISTS", "Employment of former weapons scientists")),
            presidency(2005, "GB", p("NUCLEAR_SUBMARINES", "Dismantlement of decommissioned nuclear submarines")),
            presidency(2006, "RU", p("NUCLEAR_SECURITY", "Nuclear and radiological security")),
            presidency(2007, "DE", p("DESTRUCTION_CHEMICAL_WEAPONS", "Destruction of chemical weapons")),
            presidency(2008, "JP", p("NUCLEAR_SECURITY", "Nuclear and radiological security")),
            presidency(2009, "IT", p("BIOSECURITY", "Biological security")),
            presidency(2010, "CA", p("EXPANSION_BEYOND_RUSSIA", "Programmes beyond the former Soviet Union")),
            presidency(2011, "FR", p("NUCLEAR_SECURITY", "Nuclear and radiological security"), p("UNSCR_1540", "UNSCR 1540 implementation")),
            presidency(2012, "US", p("BIOSECURITY", "Biological security"), p("UNSCR_1540", "UNSCR 1540 implementation")),
            presidency(2013, "GB", p("CHEMICAL_SECURITY", "Chemical security"), p("BIOSECURITY", "Biological security")),
            presidency(2014, "DE", p("BIOSECURITY_AFRICA", "Biosecurity in Africa")),
            presidency(2015, "DE", p("BIOSECURITY_AFRICA", "Biosecurity in Africa"), p("UNSCR_1540", "UNSCR 1540 implementation")),
            presidency(2016, "JP", p("NUCLEAR_SECURITY", "Nuclear and radiological security")),
            presidency(2017, "IT", p("CHEMICAL_SECURITY", "Chemical security"), p("UNSCR_1540", "UNSCR 1540 implementation")),
            presidency(2018, "CA", p("BIOSECURITY_AFRICA", "Biosecurity in Africa"), p("CHEMICAL_SECURITY", "Chemical security")),
            presidency(2019, "FR", p("CHEMICAL_SECURITY", "Chemical security"), p("BIOSECURITY", "Biological security")),
            presidency(2020, "US", p("BIOSECURITY", "Biological security"), p("PANDEMIC_PREPAREDNESS", "Pandemic preparedness")),
            presidency(2021, "GB", p("BIOSECURITY", "Biological security"), p("NUCLEAR_SECURITY", "Nuclear and radiological security")),
            presidency(2022, "DE", p("UKRAINE", "WMD risk reduction in Ukraine"), p("BIOSECURITY_AFRICA", "Biosecurity in Africa")),
            presidency(2023, "JP", p("UKRAINE", "WMD risk reduction in Ukraine"), p("NUCLEAR_SECURITY", "Nuclear and radiological security")),
            presidency(2024, "IT", p("UKRAINE", "WMD risk reduction in Ukraine"), p("CHEMICAL_SECURITY_CLIMATE", "Chemical security and climate")),
            presidency(2025, "CA", p("COUNTER_PROLIFERATION_FINANCING", "Counter-proliferation financing"),
                    p("CBRN_DISINFORMATION", "Countering CBRN disinformation")));

    private Partnership() {
    }

    public static List<Membership> members() {
        return MEMBERS;
    }

    public static List<Suspension> suspensions() {
        return SUSPENSIONS;
    }

    public static List<Presidency> presidencies() {
        return PRESIDENCIES;
    }

    /** The last date a generated event may carry: the end of the last presidency, so every project event has one. */
    public static LocalDate lastDate() {
        return PRESIDENCIES.get(PRESIDENCIES.size() - 1).endsOn();
    }

    public static Optional<Presidency> presidencyOn(LocalDate date) {
        return PRESIDENCIES.stream().filter(presidency -> presidency.holds(date)).findFirst();
    }

    public static Integer presidencyYearOn(LocalDate date) {
        return presidencyOn(date).map(Presidency::year).orElse(null);
    }

    public static boolean inGoodStanding(Member member, LocalDate on) {
        boolean admitted = MEMBERS.stream().anyMatch(m -> m.member().equals(member) && !m.admittedOn().isAfter(on));
        boolean suspended = SUSPENSIONS.stream().anyMatch(s -> s.member().equals(member) && !s.since().isAfter(on));
        return admitted && !suspended;
    }

    public static List<Member> membersInGoodStanding(LocalDate on) {
        return MEMBERS.stream().map(Membership::member).filter(member -> inGoodStanding(member, on)).toList();
    }

    private static Membership founder(String code) {
        return new Membership(Member.of(code), FOUNDED);
    }

    private static Membership member(String code, String admittedOn) {
        return new Membership(Member.of(code), LocalDate.parse(admittedOn));
    }

    private static Presidency presidency(int year, String chair, Priority... priorities) {
        return presidency(year, chair, LocalDate.of(year, 1, 1), priorities);
    }

    private static Presidency presidency(int year, String chair, LocalDate startsOn, Priority... priorities) {
        return new Presidency(year, Member.of(chair), startsOn, LocalDate.of(year, 12, 31), List.of(priorities));
    }

    private static Priority p(String code, String title) {
        return new Priority(code, title);
    }
}
