package org.gptracker.query.project;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.web.QueryParameters;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which projects a list asks for, every part optional; with {@code asOf} each part is read as it stood at
 * the end of that date. Turned into one SQL condition on {@code read.project p}, each part served by an index.
 *
 * @param presidency projects with any event attributed to that presidency (by then)
 * @param donor      projects the donor offered support to or committed funding to (by then)
 */
public record ProjectFilter(ProjectStatus status, Integer presidency, CbrnArea area, String donor, String recipient,
                            String priority, LocalDate asOf) {

    /** Proposed by the end of the as-of date and not closed by then: exactly the span {@code project_open_span_idx} indexes. */
    private static final String OPEN_ON_AS_OF =
            "daterange(p.proposed_on, case when p.closed_on < p.proposed_on then p.proposed_on else p.closed_on end, '[)') @> cast(:asOf as date)";

    /**
     * The filter a request's parameters ask for, as every project list reads them; a bad value is noted in
     * {@code parameters} (and read as absent) for its {@link QueryParameters#check()}.
     */
    public static ProjectFilter read(QueryParameters parameters, String status, String presidency, String area,
                                     String donor, String recipient, String priority, String asOf) {
        return new ProjectFilter(
                parameters.oneOf("status", status, ProjectStatus.class),
                parameters.integer("presidency", presidency, 2002, 9999),
                parameters.oneOf("area", area, CbrnArea.class),
                parameters.member("donor", donor),
                parameters.country("recipient", recipient),
                parameters.code("priority", priority),
                parameters.date("asOf", asOf));
    }

    public static ProjectFilter inPresidency(int year, LocalDate asOf) {
        return new ProjectFilter(null, year, null, null, null, null, asOf);
    }

    /** The condition on {@code read.project p}, using the named parameters of {@link #parameters()}. */
    public String where() {
        List<String> parts = new ArrayList<>();
        if (asOf != null) {
            parts.add("p.proposed_on <= :asOf");
        }
        if (status != null) {
            parts.add(asOf == null ? "p.status = :status" : statusAsOf());
        }
        if (area != null) {
            parts.add("p.area = :area");
        }
        if (recipient != null) {
            parts.add("p.recipients @> array[cast(:recipient as text)]");
        }
        if (priority != null) {
            parts.add("p.priorities @> array[cast(:priority as text)]");
        }
        if (presidency != null) {
            parts.add("""
                    p.project_id in (select a.project_id from read.project_activity a
                                     where a.presidency = :presidency%s)""".formatted(
                    asOf == null ? "" : " and a.first_on <= :asOf"));
        }
        if (donor != null) {
            parts.add("""
                    p.project_id in (select o.project_id from read.project_offer o where o.donor = :donor%s
                                     union select f.project_id from read.project_flow f
                                     where f.donor = :donor and f.kind = 'COMMITMENT'%s)""".formatted(
                    asOf == null ? "" : " and o.offered_on <= :asOf",
                    asOf == null ? "" : " and f.effective_date <= :asOf"));
        }
        return parts.isEmpty() ? "true" : String.join("\n  and ", parts);
    }

    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("asOf", asOf, Types.DATE)
                .addValue("status", status == null ? null : status.name())
                .addValue("area", area == null ? null : area.name())
                .addValue("recipient", recipient)
                .addValue("priority", priority)
                .addValue("presidency", presidency)
                .addValue("donor", donor);
    }

    /**
     * The highest milestone on or before the date is the status then. Any status but CLOSED means open that
     * day, which the index on the open span finds among all the projects ever proposed.
     */
    private String statusAsOf() {
        return switch (status) {
            case CLOSED -> "p.closed_on <= :asOf";
            case FUNDED -> OPEN_ON_AS_OF + " and p.funded_on <= :asOf";
            case MATCHED -> OPEN_ON_AS_OF + " and p.matched_on <= :asOf and " + notYet("funded");
            case PROPOSED -> OPEN_ON_AS_OF + " and " + notYet("matched") + " and " + notYet("funded");
        };
    }

    private static String notYet(String milestone) {
        return "(p.%1$s_on is null or p.%1$s_on > :asOf)".formatted(milestone);
    }
}
