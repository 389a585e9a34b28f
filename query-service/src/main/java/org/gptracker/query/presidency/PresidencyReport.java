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
 * Computes presidency records at request time from the project read model's dated rows (DESIGN §4
 * counting rules). Milestones, closures and money count when their effective date falls in the window
 * {@code [startsOn, endsOn]}; "projects with any event in it" are those with an event stamped with the
 * presidency ({@code read.project_activity}), which the command side stamps by the same window.
 * As of a date, the window is cut at the end of that date and only what had taken effect by then counts.
 */
@Repository
class PresidencyReport {

    /** Projects with any event in the presidency (by then), as {@code a}, with {@code JOINS} in between. */
    private static final String ACTIVE = """
            read.project_activity a JOINS
            where a.presidency = :year and (cast(:asOf as date) is null or a.first_on <= :asOf)""";

    /** The days a project was open: exactly the expression {@code project_open_span_idx} (V2__project_summary.sql) indexes. */
    private static final String OPEN_SPAN =
            "daterange(proposed_on, case when closed_on < proposed_on then proposed_on else closed_on end, '[)')";

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
                    (select count(*) from read.project p where p.proposed_on between y.starts_on and y.ends_on) as proposed,
                    (select count(*) from read.project p where p.matched_on between y.starts_on and y.ends_on) as matched,
                    (select count(*) from read.project p where p.funded_on between y.starts_on and y.ends_on) as funded,
                    (select count(*) from read.project p where p.closed_on between y.starts_on and y.ends_on) as closed
                from read.presidency y
                order by y.year""", (rs, n) -> new PresidencyHeadline(rs.getInt("year"), rs.getString("chair"),
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
        return new PresidencyView(year, chair, chairs, window.startsOn(), window.endsOn(),
                closedByThen ? window.closedOn() : null, closedByThen ? window.successorYear() : null, window.asOf(),
                priorities(parameters), counts(parameters), recipientStates(parameters), byArea(parameters),
                byPriority(parameters), money(parameters, "COMMITMENT"), money(parameters, "DISBURSEMENT"));
    }

    private List<PriorityView> priorities(MapSqlParameterSource parameters) {
        return jdbc.query("""
                select code, title from read.presidency_priority
                where year = :year and (cast(:asOf as date) is null or declared_on <= :asOf)
                order by position""", parameters, (rs, n) -> new PriorityView(rs.getString("code"), rs.getString("title")));
    }

    /** Carried in and open at the end: proposed and not closed by the end of that day, the open span containing it. */
    private Counts counts(MapSqlParameterSource parameters) {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome.name(), 0L);
        }
        jdbc.query("""
                select outcome, count(*) as projects from read.project
                where closed_on between :from and :to
                group by outcome""", parameters, rs -> {
            byOutcome.put(rs.getString("outcome"), rs.getLong("projects"));
        });
        return jdbc.queryForObject("""
                select
                    (select count(*) from read.project where proposed_on between :from and :to) as proposed,
                    (select count(*) from read.project where matched_on between :from and :to) as matched,
                    (select count(*) from read.project where funded_on between :from and :to) as funded,
                    (select count(*) from read.project where closed_on between :from and :to) as closed,
                    (select count(*) from read.project where %1$s @> cast(:carriedAt as date)) as carried_in,
                    (select count(*) from read.project where %1$s @> cast(:openAt as date)) as open_at_end""".formatted(OPEN_SPAN),
                parameters, (rs, n) -> new Counts(rs.getLong("proposed"), rs.getLong("matched"), rs.getLong("funded"),
                        rs.getLong("closed"), rs.getLong("carried_in"), rs.getLong("open_at_end"), byOutcome));
    }

    private long recipientStates(MapSqlParameterSource parameters) {
        // distinct in a subquery is hashed; count(distinct …) would sort every project's states
        return jdbc.queryForObject("select count(*) from (select distinct r.state from " + ACTIVE.replace("JOINS",
                "cross join unnest(a.recipients) as r(state)") + ") states", parameters, Long.class);
    }

    private Map<String, Long> byArea(MapSqlParameterSource parameters) {
        Map<String, Long> byArea = new LinkedHashMap<>();
        for (CbrnArea area : CbrnArea.values()) {
            byArea.put(area.name(), 0L);
        }
        jdbc.query("select a.area, count(*) as projects from " + ACTIVE.replace("JOINS", "") + " group by a.area", parameters,
                rs -> {
                    byArea.put(rs.getString("area"), rs.getLong("projects"));
                });
        return byArea;
    }

    /** The presidency's own priorities (by then) appear with 0 when no project with activity in it carries them. */
    private Map<String, Long> byPriority(MapSqlParameterSource parameters) {
        Map<String, Long> byPriority = new TreeMap<>();
        jdbc.queryForList("""
                select code from read.presidency_priority
                where year = :year and (cast(:asOf as date) is null or declared_on <= :asOf)""", parameters, String.class)
                .forEach(code -> byPriority.put(code, 0L));
        jdbc.query("select c.code, count(*) as projects from " + ACTIVE.replace("JOINS",
                        "cross join unnest(a.priorities) as c(code)") + " group by c.code", parameters,
                rs -> {
                    byPriority.put(rs.getString("code"), rs.getLong("projects"));
                });
        return byPriority;
    }

    private List<DonorAmount> money(MapSqlParameterSource parameters, String kind) {
        return jdbc.query("""
                        select donor, currency, sum(amount) as amount from read.project_flow
                        where kind = :kind and effective_date between :from and :to
                        group by donor, currency
                        order by donor, currency""",
                parameters.addValue("kind", kind),
                (rs, n) -> new DonorAmount(rs.getString("donor"), Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))));
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
