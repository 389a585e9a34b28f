package org.gptracker.query.presidency;

import org.gptracker.events.project.Outcome;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Money;
import org.gptracker.query.presidency.PresidencyHeadline.Headcounts;
import org.gptracker.query.presidency.PresidencyView.Counts;
import org.gptracker.query.presidency.PresidencyView.DonorAmount;
import org.gptracker.query.presidency.PresidencyView.PriorityView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes presidency records at request time (DESIGN §4 counting rules) from the totals the project projection keeps
 * per day ({@code milestone_tally}, {@code open_tally}, {@code activity_tally}, {@code flow_tally}, each with the
 * changes not yet folded into it) and per month (decision 0069): a window reads its whole months' totals and the days
 * around them. Milestones,
 * closures and money count when their effective date falls in the window {@code [startsOn, endsOn]}; "projects with
 * any event in it" are those with an event stamped with the presidency, which the command side stamps by the same
 * window, counted from the day of their first such event. As of a date, the window is cut at the end of that date and
 * only what had taken effect by then counts.
 */
@Repository
class PresidencyReport {

    /** The totals of projects active in the presidency (by then): the folded ones and the changes not yet folded. */
    private static final String ACTIVE = """
            (select dimension, code, projects from read.activity_tally
             where presidency = :year and (cast(:asOf as date) is null or first_on <= :asOf)
             union all select dimension, code, projects from read.activity_tally_change
             where presidency = :year and (cast(:asOf as date) is null or first_on <= :asOf)) active""";

    /**
     * The rows of a table of totals for the days [from, to] (SQL expressions) with {@code w} their
     * {@code read.whole_months}: the month totals of the whole months, the day totals of the days around them, and the
     * changes not yet folded; {@code where} is a condition on the other key columns, or {@code true}.
     */
    private static String window(String columns, String table, String from, String to, String where) {
        return """
                select %1$s from read.%2$s_month where %5$s and month >= w.months_from and month < w.months_until
                union all select %1$s from read.%2$s
                where %5$s and (day >= %3$s and day < w.head_until or day >= w.months_until and day <= %4$s)
                union all select %1$s from read.%2$s_change where %5$s and day between %3$s and %4$s"""
                .formatted(columns, table, from, to, where);
    }

    private final NamedParameterJdbcTemplate jdbc;

    PresidencyReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<PresidencyHeadline> all() {
        Map<Integer, List<ChairView>> chairs = new HashMap<>();
        jdbc.query("select year, chair, since from read.presidency_chair order by year, since", rs -> {
            chairs.computeIfAbsent(rs.getInt("year"), year -> new ArrayList<>())
                    .add(new ChairView(rs.getString("chair"), rs.getObject("since", LocalDate.class)));
        });
        return jdbc.query("""
                select y.year, y.chair, y.starts_on, y.ends_on, y.closed_on,
                    coalesce(sum(t.projects) filter (where t.milestone = 'PROPOSED'), 0) as proposed,
                    coalesce(sum(t.projects) filter (where t.milestone = 'MATCHED'), 0) as matched,
                    coalesce(sum(t.projects) filter (where t.milestone = 'FUNDED'), 0) as funded,
                    coalesce(sum(t.projects) filter (where t.milestone = 'CLOSED'), 0) as closed
                from read.presidency y
                cross join lateral read.whole_months(y.starts_on, y.ends_on) w
                left join lateral (%s) t on true
                group by y.year
                order by y.year""".formatted(window("milestone, projects", "milestone_tally", "y.starts_on", "y.ends_on", "true")),
                (rs, n) -> new PresidencyHeadline(rs.getInt("year"), rs.getString("chair"),
                chairs.getOrDefault(rs.getInt("year"), List.of()), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), new Headcounts(rs.getLong("proposed"), rs.getLong("matched"),
                rs.getLong("funded"), rs.getLong("closed"))));
    }

    /** The presidency's record, or empty when it is unknown (or was not opened by {@code asOf}); read in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<PresidencyView> find(int year, LocalDate asOf) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year).addValue("asOf", asOf, Types.DATE);
        return jdbc.query("""
                        select * from read.presidency
                        where year = :year and (cast(:asOf as date) is null or opened_on <= :asOf)""",
                parameters, (rs, n) -> new Window(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), asOf, rs.getString("chair"),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("successor_year", Integer.class)))
                .stream().findFirst()
                .map(window -> view(year, window, parameters));
    }

    private PresidencyView view(int year, Window window, MapSqlParameterSource yearAndAsOf) {
        MapSqlParameterSource parameters = yearAndAsOf
                .addValue("from", window.startsOn())
                .addValue("to", window.countsUntil())
                .addValue("carriedAt", window.carriedInAt())
                .addValue("openAt", window.countsUntil());
        boolean closedByThen = window.closedOn() != null && (window.asOf() == null || !window.closedOn().isAfter(window.asOf()));
        List<ChairView> chairs = jdbc.query("""
                select chair, since from read.presidency_chair where year = :year and since <= :to order by since""",
                parameters, (rs, n) -> new ChairView(rs.getString("chair"), rs.getObject("since", LocalDate.class)));
        String chair = chairs.isEmpty() ? window.chair() : chairs.get(chairs.size() - 1).chair();
        List<PriorityView> priorities = priorities(parameters);
        Active active = active(parameters, priorities);
        Map<String, List<DonorAmount>> money = money(parameters);
        return new PresidencyView(year, chair, chairs, window.startsOn(), window.endsOn(),
                closedByThen ? window.closedOn() : null, closedByThen ? window.successorYear() : null, window.asOf(),
                priorities, counts(parameters), active.recipientStates(), active.byArea(), active.byPriority(),
                money.getOrDefault("COMMITMENT", List.of()), money.getOrDefault("DISBURSEMENT", List.of()));
    }

    private List<PriorityView> priorities(MapSqlParameterSource parameters) {
        return jdbc.query("""
                select code, title from read.presidency_priority
                where year = :year and (cast(:asOf as date) is null or declared_on <= :asOf)
                order by position""", parameters, (rs, n) -> new PriorityView(rs.getString("code"), rs.getString("title")));
    }

    /**
     * Milestones and closures per outcome from the days' totals in the window; carried in and open at the end: the
     * projects opened minus those closed up to the end of that day.
     */
    private Counts counts(MapSqlParameterSource parameters) {
        Map<String, Long> byMilestone = new HashMap<>();
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome.name(), 0L);
        }
        jdbc.query("""
                select milestone, outcome, sum(projects) as projects
                from read.whole_months(:from, :to) w, lateral (%s) totals
                group by milestone, outcome
                having sum(projects) <> 0""".formatted(window("milestone, outcome, projects", "milestone_tally", ":from", ":to", "true")),
                parameters, rs -> {
            byMilestone.merge(rs.getString("milestone"), rs.getLong("projects"), Long::sum);
            if (rs.getString("milestone").equals("CLOSED")) {
                byOutcome.put(rs.getString("outcome"), rs.getLong("projects"));
            }
        });
        // carried in at the day before the window (or the as-of date, if earlier), open at its end: the projects opened
        // minus those closed up to the end of that day, from the totals of the months before that day's and of its days
        return jdbc.queryForObject("""
                with upto (carried, day) as (values (true, cast(:carriedAt as date)), (false, cast(:openAt as date))),
                    u (carried, day, months_until) as (
                        select carried, day, date_trunc('month', (day + 1)::timestamp)::date from upto)
                select coalesce(sum(t.projects) filter (where u.carried), 0) as carried_in,
                    coalesce(sum(t.projects) filter (where not u.carried), 0) as open_at_end
                from u, lateral (
                    select projects from read.open_tally_month where month < u.months_until
                    union all select projects from read.open_tally where day >= u.months_until and day <= u.day
                    union all select projects from read.open_tally_change where day <= u.day) t""",
                parameters, (rs, n) -> new Counts(byMilestone.getOrDefault("PROPOSED", 0L), byMilestone.getOrDefault("MATCHED", 0L),
                        byMilestone.getOrDefault("FUNDED", 0L), byMilestone.getOrDefault("CLOSED", 0L), rs.getLong("carried_in"),
                        rs.getLong("open_at_end"), byOutcome));
    }

    /**
     * The projects with any event in the presidency (by then), from their totals per area, priority code and recipient
     * state: every area with 0 included, the presidency's own priorities (by then) with 0 included.
     */
    private Active active(MapSqlParameterSource parameters, List<PriorityView> declared) {
        Map<String, Long> byArea = new LinkedHashMap<>();
        for (CbrnArea area : CbrnArea.values()) {
            byArea.put(area.name(), 0L);
        }
        Map<String, Long> byPriority = new TreeMap<>();
        declared.forEach(priority -> byPriority.put(priority.code(), 0L));
        jdbc.query("""
                select dimension, code, sum(projects) as projects from %s
                where dimension in ('AREA', 'PRIORITY')
                group by dimension, code
                having sum(projects) <> 0""".formatted(ACTIVE), parameters, rs -> {
            (rs.getString("dimension").equals("AREA") ? byArea : byPriority).put(rs.getString("code"), rs.getLong("projects"));
        });
        // a state counts when its projects active in the presidency by then sum to more than 0; the folded totals of a
        // state are never 0, so for the states no unfolded change touches, one step of the key per state is enough
        Long recipientStates = jdbc.queryForObject("""
                with recursive state (code) as (
                    select min(code) from read.activity_tally
                    where presidency = :year and dimension = 'RECIPIENT' and (cast(:asOf as date) is null or first_on <= :asOf)
                    union all
                    select (select min(t.code) from read.activity_tally t
                            where t.presidency = :year and t.dimension = 'RECIPIENT' and t.code > state.code
                              and (cast(:asOf as date) is null or t.first_on <= :asOf))
                    from state where state.code is not null),
                changed (code, projects) as (
                    select code, sum(projects) from read.activity_tally_change
                    where presidency = :year and dimension = 'RECIPIENT' and (cast(:asOf as date) is null or first_on <= :asOf)
                    group by code)
                select (select count(*) from state where code is not null and code not in (select code from changed))
                     + (select count(*) from changed c
                        where c.projects + coalesce((select sum(t.projects) from read.activity_tally t
                                                     where t.presidency = :year and t.dimension = 'RECIPIENT' and t.code = c.code
                                                       and (cast(:asOf as date) is null or t.first_on <= :asOf)), 0) > 0)""",
                parameters, Long.class);
        return new Active(recipientStates, byArea, byPriority);
    }

    private record Active(long recipientStates, Map<String, Long> byArea, Map<String, Long> byPriority) {
    }

    /** Money committed and disbursed within the window, per kind, donor and currency. */
    private Map<String, List<DonorAmount>> money(MapSqlParameterSource parameters) {
        Map<String, List<DonorAmount>> byKind = new HashMap<>();
        jdbc.query("""
                select kind, donor, currency, sum(amount) as amount
                from read.whole_months(:from, :to) w, lateral (%s) totals
                group by kind, donor, currency
                order by kind, donor, currency""".formatted(window("kind, donor, currency, amount", "flow_tally", ":from", ":to",
                "kind in ('COMMITMENT', 'DISBURSEMENT')")), parameters, rs -> {
            byKind.computeIfAbsent(rs.getString("kind"), kind -> new ArrayList<>()).add(new DonorAmount(rs.getString("donor"),
                    Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))));
        });
        return byKind;
    }

    /** The presidency's window and, as of a date, the part of it that had passed. */
    private record Window(LocalDate startsOn, LocalDate endsOn, LocalDate asOf, String chair, LocalDate closedOn,
                          Integer successorYear) {

        /** The last day whose events count: the window's end, or the as-of date if earlier. */
        LocalDate countsUntil() {
            return asOf == null || endsOn.isBefore(asOf) ? endsOn : asOf;
        }

        /** Carried in means open at the end of the day before the window starts (or of the as-of date, if earlier). */
        LocalDate carriedInAt() {
            LocalDate before = startsOn.minusDays(1);
            return asOf == null || before.isBefore(asOf) ? before : asOf;
        }
    }
}
