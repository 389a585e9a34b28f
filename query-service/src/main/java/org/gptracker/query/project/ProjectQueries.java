package org.gptracker.query.project;

import org.gptracker.events.value.Money;
import org.gptracker.query.project.ProjectSummary.Milestone;
import org.gptracker.query.project.ProjectView.DonorAmount;
import org.gptracker.query.project.ProjectView.OfferView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers about projects, now or as of the end of a date, from the read model's dated rows. As of a date, only
 * what had taken effect by then counts: the milestones reached, offers made (and decided), money committed and
 * disbursed; the status is the highest milestone reached. Title, recipients and the other proposal fields are
 * as they stand now.
 */
@Repository
public class ProjectQueries {

    /** {@code :asOf} null means now: the status is then the stream's, which as of any date is the milestones'. */
    private static final String SUMMARY_COLUMNS = """
            p.project_id, p.title, p.recipients, p.area, p.priorities, p.requested_amount, p.requested_currency,
            p.version, p.proposed_on, p.proposed_presidency,
            case when cast(:asOf as date) is null then p.status
                 when p.closed_on <= :asOf then 'CLOSED'
                 when p.funded_on <= :asOf then 'FUNDED'
                 when p.matched_on <= :asOf then 'MATCHED'
                 else 'PROPOSED' end as status_then,
            case when cast(:asOf as date) is null or p.closed_on <= :asOf then p.outcome end as outcome_then,
            %s, %s, %s""".formatted(reached("matched"), reached("funded"), reached("closed"));

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * The summary's columns of {@code read.project p} as of {@code :asOf} (a DATE parameter, null for now), for
     * other features' queries: {@code status_then}, {@code outcome_then}, and {@code <milestone>_on_then} and
     * {@code <milestone>_presidency_then} for matched, funded and closed, null when not reached by then.
     */
    public static String summaryColumns() {
        return SUMMARY_COLUMNS;
    }

    ProjectQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The project, or empty when it was not proposed (by {@code asOf}, if given); its parts read in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<ProjectView> find(UUID projectId, LocalDate asOf) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", projectId).addValue("asOf", asOf, Types.DATE);
        return jdbc.query("""
                        select %s, p.description, p.expertise_needed from read.project p
                        where p.project_id = :id and (cast(:asOf as date) is null or p.proposed_on <= :asOf)"""
                        .formatted(SUMMARY_COLUMNS),
                parameters, (rs, n) -> new Head(summary(rs), rs.getString("description"),
                        ProjectStore.texts(rs.getArray("expertise_needed"))))
                .stream().findFirst()
                .map(head -> ProjectView.of(head.summary(), head.description(), head.expertiseNeeded(),
                        partners(parameters), offers(parameters),
                        money(parameters, Flow.Kind.COMMITMENT), money(parameters, Flow.Kind.DISBURSEMENT)));
    }

    /** A page of the projects the filter selects, in the order they were proposed; count and page from one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ProjectPage list(ProjectFilter filter, int page, int size) {
        MapSqlParameterSource parameters = filter.parameters()
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        long total = jdbc.queryForObject(filter.count(), parameters, Long.class);
        List<ProjectSummary> content = jdbc.query("""
                        select %s from read.project p
                        where p.project_id in (%s)
                        order by p.proposed_on, p.project_id""".formatted(SUMMARY_COLUMNS, filter.pageIds()),
                parameters, (rs, n) -> summary(rs));
        return new ProjectPage(content, page, size, total);
    }

    private record Head(ProjectSummary summary, String description, List<String> expertiseNeeded) {
    }

    private List<String> partners(MapSqlParameterSource parameters) {
        return jdbc.queryForList("""
                select donor from read.project_offer
                where project_id = :id and state = 'ACCEPTED' and (cast(:asOf as date) is null or decided_on <= :asOf)
                group by donor
                order by min(decided_sequence)""", parameters, String.class);
    }

    private List<OfferView> offers(MapSqlParameterSource parameters) {
        return jdbc.query("""
                        select offer_id, donor, kind, amount, currency,
                            case when cast(:asOf as date) is null or decided_on <= :asOf then state else 'OPEN' end as state_then
                        from read.project_offer
                        where project_id = :id and (cast(:asOf as date) is null or offered_on <= :asOf)
                        order by offered_sequence""",
                parameters, (rs, n) -> new OfferView(rs.getString("offer_id"), rs.getString("donor"), rs.getString("kind"),
                        rs.getString("state_then"), rs.getBigDecimal("amount") == null ? null
                        : Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))));
    }

    private List<DonorAmount> money(MapSqlParameterSource parameters, Flow.Kind kind) {
        return jdbc.query("""
                        select donor, currency, sum(amount) as amount from read.project_flow
                        where project_id = :id and kind = :kind and (cast(:asOf as date) is null or effective_date <= :asOf)
                        group by donor, currency
                        order by min(sequence)""",
                parameters.addValue("kind", kind.name()),
                (rs, n) -> new DonorAmount(rs.getString("donor"), Money.of(rs.getBigDecimal("amount"), rs.getString("currency"))));
    }

    private static ProjectSummary summary(ResultSet rs) throws SQLException {
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        milestones.put("proposed", new Milestone(rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("proposed_presidency", Integer.class)));
        for (String name : List.of("matched", "funded", "closed")) {
            LocalDate date = rs.getObject(name + "_on_then", LocalDate.class);
            if (date != null) {
                milestones.put(name, new Milestone(date, rs.getObject(name + "_presidency_then", Integer.class)));
            }
        }
        return new ProjectSummary(
                rs.getObject("project_id", UUID.class).toString(),
                rs.getString("title"),
                ProjectStore.texts(rs.getArray("recipients")),
                rs.getString("area"),
                ProjectStore.texts(rs.getArray("priorities")),
                rs.getString("status_then"),
                rs.getString("outcome_then"),
                Money.of(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
                milestones,
                rs.getLong("version"));
    }

    /** The milestone's columns, null when it was not reached by {@code :asOf}. */
    private static String reached(String milestone) {
        return """
                case when cast(:asOf as date) is null or p.%1$s_on <= :asOf then p.%1$s_on end as %1$s_on_then,
                case when cast(:asOf as date) is null or p.%1$s_on <= :asOf then p.%1$s_presidency end as %1$s_presidency_then"""
                .formatted(milestone);
    }
}
