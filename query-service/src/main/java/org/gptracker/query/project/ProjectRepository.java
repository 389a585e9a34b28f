package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.value.Money;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.project.ProjectRow.Milestone;
import org.gptracker.query.projection.Rebuilding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes the project read model: {@code read.project} with its offers, money flows and presidency activity;
 * on a rebuilding thread, into the rebuild's {@link ProjectBuffer} instead.
 */
@Repository
class ProjectRepository {

    private final JdbcTemplate jdbc;
    private final ProjectBuffer rebuild;

    ProjectRepository(JdbcTemplate jdbc, ProjectBuffer rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    void insert(ProjectRow project) {
        if (Rebuilding.onThisThread()) {
            rebuild.insert(project);
            return;
        }
        jdbc.update("""
                        insert into read.project (project_id, title, description, recipients, area, priorities,
                            requested_amount, requested_currency, expertise_needed, status, proposed_on, proposed_presidency,
                            version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                project.projectId(), project.title(), project.description(), texts(project.recipients()),
                project.area(), texts(project.priorities()), project.requestedBudget().amount(),
                project.requestedBudget().currencyCode(), texts(project.expertiseNeeded()), project.status().name(),
                project.proposedOn(), project.proposedPresidency(), project.version(), Timestamp.from(project.updatedAt()));
    }

    void update(ProjectRow project) {
        if (Rebuilding.onThisThread()) {
            rebuild.update(project);
            return;
        }
        int updated = jdbc.update("""
                        update read.project set title = ?, description = ?, recipients = ?, area = ?, priorities = ?,
                            requested_amount = ?, requested_currency = ?, expertise_needed = ?, status = ?, outcome = ?,
                            matched_on = ?, matched_presidency = ?, funded_on = ?, funded_presidency = ?,
                            closed_on = ?, closed_presidency = ?, version = ?, updated_at = ?
                        where project_id = ?""",
                project.title(), project.description(), texts(project.recipients()), project.area(),
                texts(project.priorities()), project.requestedBudget().amount(), project.requestedBudget().currencyCode(),
                texts(project.expertiseNeeded()), project.status().name(), project.outcome(),
                date(project.matched()), presidency(project.matched()), date(project.funded()), presidency(project.funded()),
                date(project.closed()), presidency(project.closed()), project.version(), Timestamp.from(project.updatedAt()),
                project.projectId());
        if (updated != 1) {
            throw noProject(project.projectId());
        }
    }

    /** The project as its next event finds it; a project whose proposal was never applied is a broken read model. */
    ProjectRow get(UUID projectId) {
        if (Rebuilding.onThisThread()) {
            return rebuild.get(projectId);
        }
        return jdbc.query("select * from read.project where project_id = ?", ProjectRepository::row, projectId)
                .stream().findFirst()
                .orElseThrow(() -> noProject(projectId));
    }

    /**
     * The project's presidency (when its event has one) saw activity on the event's date, or earlier. Every
     * activity row carries the project's area, recipients and priorities as they now are.
     */
    void recordActivity(ProjectRow project, GpEvent event) {
        if (Rebuilding.onThisThread()) {
            rebuild.recordActivity(project, event);
        } else if (event.presidencyYear() != null) {
            jdbc.update("""
                            insert into read.project_activity (project_id, presidency, first_on, area, recipients, priorities)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (project_id, presidency) do update set first_on = least(project_activity.first_on, excluded.first_on)""",
                    project.projectId(), event.presidencyYear(), event.effectiveDate(), project.area(),
                    texts(project.recipients()), texts(project.priorities()));
        }
    }

    /** After a revision: the project's activity rows describe it as it now is. */
    void describeActivity(ProjectRow project) {
        if (Rebuilding.onThisThread()) {
            rebuild.describeActivity(project);
            return;
        }
        jdbc.update("update read.project_activity set area = ?, recipients = ?, priorities = ? where project_id = ?",
                project.area(), texts(project.recipients()), texts(project.priorities()), project.projectId());
    }

    void insert(UUID projectId, Offer offer) {
        if (Rebuilding.onThisThread()) {
            rebuild.insert(projectId, offer);
            return;
        }
        jdbc.update("""
                        insert into read.project_offer (project_id, offer_id, donor, kind, amount, currency, state,
                            offered_on, offered_presidency, offered_sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                projectId, offer.offerId(), offer.donor(), offer.kind(),
                offer.amount() == null ? null : offer.amount().amount(),
                offer.amount() == null ? null : offer.amount().currencyCode(),
                offer.state().name(), offer.offeredOn(), offer.offeredPresidency(), offer.offeredSequence());
    }

    Offer offer(UUID projectId, String offerId) {
        if (Rebuilding.onThisThread()) {
            return rebuild.offer(projectId, offerId);
        }
        return jdbc.query("select * from read.project_offer where project_id = ? and offer_id = ?", ProjectRepository::offer,
                        projectId, offerId)
                .stream().findFirst()
                .orElseThrow(() -> noOffer(projectId, offerId));
    }

    static IllegalStateException noOffer(UUID projectId, String offerId) {
        return new IllegalStateException("no offer " + offerId + " of project " + projectId + " in read.project_offer");
    }

    static IllegalStateException noProject(UUID projectId) {
        return new IllegalStateException("project " + projectId + " is not in read.project");
    }

    void decide(UUID projectId, Offer offer) {
        if (Rebuilding.onThisThread()) {
            rebuild.decide(projectId, offer);
            return;
        }
        jdbc.update("""
                        update read.project_offer set state = ?, decided_on = ?, decided_presidency = ?, decided_sequence = ?
                        where project_id = ? and offer_id = ?""",
                offer.state().name(), offer.decidedOn(), offer.decidedPresidency(), offer.decidedSequence(),
                projectId, offer.offerId());
    }

    void insert(UUID projectId, Flow flow) {
        if (Rebuilding.onThisThread()) {
            rebuild.insert(projectId, flow);
            return;
        }
        jdbc.update("""
                        insert into read.project_flow (project_id, kind, flow_id, donor, amount, currency, effective_date,
                            presidency, sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                projectId, flow.kind().name(), flow.flowId(), flow.donor(), flow.amount().amount(),
                flow.amount().currencyCode(), flow.effectiveDate(), flow.presidency(), flow.sequence());
    }

    static Offer offer(ResultSet rs, int rowNumber) throws SQLException {
        return new Offer(rs.getString("offer_id"), rs.getString("donor"), rs.getString("kind"),
                money(rs.getBigDecimal("amount"), rs.getString("currency")), OfferState.valueOf(rs.getString("state")),
                rs.getObject("offered_on", LocalDate.class), rs.getObject("offered_presidency", Integer.class),
                rs.getLong("offered_sequence"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("decided_presidency", Integer.class), rs.getObject("decided_sequence", Long.class));
    }

    static ProjectRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ProjectRow(
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                texts(rs.getArray("recipients")),
                rs.getString("area"),
                texts(rs.getArray("priorities")),
                Money.of(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
                texts(rs.getArray("expertise_needed")),
                ProjectStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("proposed_presidency", Integer.class),
                milestone(rs, "matched"),
                milestone(rs, "funded"),
                milestone(rs, "closed"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Milestone milestone(ResultSet rs, String name) throws SQLException {
        LocalDate date = rs.getObject(name + "_on", LocalDate.class);
        return date == null ? null : new Milestone(date, rs.getObject(name + "_presidency", Integer.class));
    }

    static LocalDate date(Milestone milestone) {
        return milestone == null ? null : milestone.date();
    }

    static Integer presidency(Milestone milestone) {
        return milestone == null ? null : milestone.presidency();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    /** PostgreSQL's JDBC driver binds a {@code String[]} as a {@code text[]}. */
    static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
