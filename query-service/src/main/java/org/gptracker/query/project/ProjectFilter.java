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

    /** Proposed by the end of the as-of date and not closed by then: the stored span {@code project_open_span_col_idx} indexes. */
    private static final String OPEN_ON_AS_OF = "p.open_span @> cast(:asOf as date)";

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
        List<String> parts = projectParts(true);
        if (presidency != null) {
            parts.add("p.project_id in (select a.project_id from read.project_activity a where " + activityCondition() + ")");
        }
        return parts.isEmpty() ? "true" : String.join("\n  and ", parts);
    }

    /**
     * How many projects the filter selects: {@code select count(*)}, with the parameters of {@link #parameters()}. A
     * donor alone is counted from its offers and commitments, every one of which belongs to a project (their foreign
     * key): joining them to the projects made PostgreSQL hash all 100,000 of them to count 8,000.
     */
    String count() {
        return "select count(*) from " + (donorAlone() ? "(" + donorsProjects() + ") listing" : selection());
    }

    /**
     * The ids of one page of the selection in listing order, {@code (proposed_on, project_id)}, with {@code :limit} and
     * {@code :offset}. Only the ids are paged so the offset walks an index, never the rows it skips. A presidency's
     * projects are walked in {@code project_activity_listing_idx}, which carries the listing order: its projects cluster
     * in the years around it, so walking all projects in order and probing each is far slower than it looks to the planner.
     * A donor's alone are walked in its offers' and commitments' indexes, which carry it too.
     */
    String pageIds() {
        if (donorAlone()) {
            return donorsProjects() + " order by d.proposed_on, d.project_id limit :limit offset :offset";
        }
        String key = presidency == null ? "p" : "a";
        return "select %1$s.project_id from %2$s order by %1$s.proposed_on%3$s, %1$s.project_id limit :limit offset :offset"
                .formatted(key, selection(), sortsItsMatches() ? " + 0" : "");
    }

    private boolean donorAlone() {
        return donor != null && presidency == null && status == null && area == null && recipient == null && priority == null
                && asOf == null;
    }

    /**
     * A priority, recipient or donor selects a few percent of the projects, often clustered in a few years: walking the
     * listing index in order until a page of them turns up can read the whole index (a priority declared in 2022, or one
     * nobody carries). Ordering by {@code proposed_on + 0}, which no index provides, makes PostgreSQL find the matches by
     * their own index and sort only those.
     */
    private boolean sortsItsMatches() {
        return presidency == null && (priority != null || recipient != null || donor != null);
    }

    /** {@code from ... where ...}: the projects alone, a presidency's activity rows alone, or the two joined. */
    private String selection() {
        if (presidency == null) {
            List<String> parts = projectParts(true);
            return "read.project p where " + (parts.isEmpty() ? "true" : String.join("\n  and ", parts));
        }
        List<String> parts = projectParts(false);
        // an activity row carries its project's proposal date: "proposed by then" needs no project row
        String activity = activityCondition() + (asOf == null ? "" : " and a.proposed_on <= :asOf");
        return parts.isEmpty()
                ? "read.project_activity a where " + activity
                : "read.project_activity a join read.project p on p.project_id = a.project_id where "
                  + activity + "\n  and " + String.join("\n  and ", parts);
    }

    private String activityCondition() {
        return "a.presidency = :presidency" + (asOf == null ? "" : " and a.first_on <= :asOf");
    }

    /** The conditions on {@code read.project p} alone, with or without "proposed by the as-of date". */
    private List<String> projectParts(boolean proposedByAsOf) {
        List<String> parts = new ArrayList<>();
        if (asOf != null && proposedByAsOf) {
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
        if (donor != null) {
            parts.add("p.project_id in (" + donorsProjects() + ")");
        }
        return parts;
    }

    /**
     * The ids of the projects the donor offered support to or committed funding to (by then), each once, as {@code d}:
     * its offers and commitments carry their project's proposal date (V17), so both indexes are read in listing order
     * and merged, and a project's offers and commitments are one row.
     */
    private String donorsProjects() {
        return """
                select d.project_id from (
                    select o.proposed_on, o.project_id from read.project_offer o where o.donor = :donor%s
                    union select f.proposed_on, f.project_id from read.project_flow f
                    where f.donor = :donor and f.kind = 'COMMITMENT'%s) d""".formatted(
                asOf == null ? "" : " and o.offered_on <= :asOf",
                asOf == null ? "" : " and f.effective_date <= :asOf");
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
