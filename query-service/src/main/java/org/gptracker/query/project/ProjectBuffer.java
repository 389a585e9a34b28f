package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.RebuildBuffer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.gptracker.query.project.ProjectRepository.date;
import static org.gptracker.query.project.ProjectRepository.presidency;
import static org.gptracker.query.project.ProjectRepository.texts;

/**
 * The project read model's writes during a rebuild ({@link ProjectRepository} on a rebuilding thread): the
 * batch's projects and offers in memory, read from the tables once per batch (with the previous batch's
 * changes from memory), written back at its end.
 */
@Component
class ProjectBuffer implements RebuildBuffer {

    private static final int JDBC_BATCH = 1000;

    private final Map<UUID, ProjectRow> projects = new HashMap<>();
    private final Set<UUID> changedProjects = new LinkedHashSet<>();
    private final Map<OfferKey, Offer> offers = new HashMap<>();
    private final Set<OfferKey> changedOffers = new LinkedHashSet<>();
    private final List<NewFlow> flows = new ArrayList<>();
    private final Map<ActivityKey, LocalDate> activity = new LinkedHashMap<>();
    private final Set<UUID> described = new LinkedHashSet<>();
    /** What the last drained batch changed, until its write is surely committed: the next batch reads it from here. */
    private Map<UUID, ProjectRow> recentProjects = Map.of();
    private Map<OfferKey, Offer> recentOffers = Map.of();

    private record OfferKey(UUID projectId, String offerId) {
    }

    private record ActivityKey(UUID projectId, int presidency) {
    }

    private record NewFlow(UUID projectId, Flow flow) {
    }

    private record OfferRow(UUID projectId, Offer offer) {
    }

    private record ActivityRow(UUID projectId, int presidency, LocalDate firstOn, ProjectRow project) {
    }

    void insert(ProjectRow project) {
        projects.put(project.projectId(), project);
        changedProjects.add(project.projectId());
    }

    void update(ProjectRow project) {
        get(project.projectId());
        insert(project);
    }

    ProjectRow get(UUID projectId) {
        ProjectRow project = projects.get(projectId);
        if (project == null) {
            throw ProjectRepository.noProject(projectId);
        }
        return project;
    }

    /** As the live table's upsert: the earliest date per presidency. */
    void recordActivity(ProjectRow project, GpEvent event) {
        if (event.presidencyYear() != null) {
            activity.merge(new ActivityKey(project.projectId(), event.presidencyYear()), event.effectiveDate(),
                    (known, next) -> next.isBefore(known) ? next : known);
        }
    }

    void describeActivity(ProjectRow project) {
        described.add(project.projectId());
    }

    void insert(UUID projectId, Offer offer) {
        decide(projectId, offer);
    }

    Offer offer(UUID projectId, String offerId) {
        Offer offer = offers.get(new OfferKey(projectId, offerId));
        if (offer == null) {
            throw ProjectRepository.noOffer(projectId, offerId);
        }
        return offer;
    }

    void decide(UUID projectId, Offer offer) {
        OfferKey key = new OfferKey(projectId, offer.offerId());
        offers.put(key, offer);
        changedOffers.add(key);
    }

    void insert(UUID projectId, Flow flow) {
        flows.add(new NewFlow(projectId, flow));
    }

    @Override
    public void clear() {
        recentProjects = Map.of();
        recentOffers = Map.of();
        startBatch();
    }

    private void startBatch() {
        projects.clear();
        changedProjects.clear();
        offers.clear();
        changedOffers.clear();
        flows.clear();
        activity.clear();
        described.clear();
    }

    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        UUID[] ids = batch.stream()
                .map(ProjectBuffer::projectIdOrNull)
                .filter(id -> id != null && !projects.containsKey(id))
                .distinct()
                .toArray(UUID[]::new);
        if (ids.length == 0) {
            return;
        }
        jdbc.query("select * from %s.project where project_id = any (?)".formatted(schema),
                rs -> {
                    ProjectRow project = ProjectRepository.row(rs, 0);
                    projects.put(project.projectId(), project);
                }, (Object) ids);
        jdbc.query("select * from %s.project_offer where project_id = any (?)".formatted(schema),
                rs -> {
                    Offer offer = ProjectRepository.offer(rs, 0);
                    offers.put(new OfferKey(rs.getObject("project_id", UUID.class), offer.offerId()), offer);
                }, (Object) ids);
        for (UUID id : ids) {
            ProjectRow recent = recentProjects.get(id);
            if (recent != null) {
                projects.put(id, recent);
            }
        }
        recentOffers.forEach((key, offer) -> {
            if (projects.containsKey(key.projectId())) {
                offers.put(key, offer);
            }
        });
    }

    /** Only projects have UUIDs for ids (presidencies have years, members country codes). */
    private static UUID projectIdOrNull(EventEnvelope envelope) {
        if (envelope.subject().length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(envelope.subject());
        } catch (IllegalArgumentException notAProjectId) {
            return null;
        }
    }

    @Override
    public Write drain() {
        List<ProjectRow> changedRows = changedProjects.stream().map(projects::get).toList();
        List<OfferRow> changedOfferRows = changedOffers.stream().map(key -> new OfferRow(key.projectId(), offers.get(key))).toList();
        List<NewFlow> newFlows = List.copyOf(flows);
        // activity rows carry the project's description as it ends the batch, as the live rows do after every event
        List<ActivityRow> activityRows = activity.entrySet().stream()
                .map(entry -> new ActivityRow(entry.getKey().projectId(), entry.getKey().presidency(), entry.getValue(),
                        projects.get(entry.getKey().projectId())))
                .toList();
        List<ProjectRow> describedRows = described.stream().map(projects::get).toList();
        recentProjects = changedRows.stream().collect(Collectors.toMap(ProjectRow::projectId, row -> row));
        recentOffers = changedOffers.stream().collect(Collectors.toMap(key -> key, offers::get));
        startBatch();
        return (jdbc, schema) -> {
            writeProjects(jdbc, schema, changedRows);
            writeOffers(jdbc, schema, changedOfferRows);
            writeFlows(jdbc, schema, newFlows);
            writeActivity(jdbc, schema, activityRows, describedRows);
        };
    }

    private static void writeProjects(JdbcTemplate jdbc, String schema, List<ProjectRow> rows) {
        jdbc.batchUpdate("""
                        insert into %s.project (project_id, title, description, recipients, area, priorities,
                            requested_amount, requested_currency, expertise_needed, status, outcome, proposed_on,
                            proposed_presidency, matched_on, matched_presidency, funded_on, funded_presidency,
                            closed_on, closed_presidency, version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (project_id) do update set title = excluded.title, description = excluded.description,
                            recipients = excluded.recipients, area = excluded.area, priorities = excluded.priorities,
                            requested_amount = excluded.requested_amount, requested_currency = excluded.requested_currency,
                            expertise_needed = excluded.expertise_needed, status = excluded.status, outcome = excluded.outcome,
                            matched_on = excluded.matched_on, matched_presidency = excluded.matched_presidency,
                            funded_on = excluded.funded_on, funded_presidency = excluded.funded_presidency,
                            closed_on = excluded.closed_on, closed_presidency = excluded.closed_presidency,
                            version = excluded.version, updated_at = excluded.updated_at""".formatted(schema),
                rows, JDBC_BATCH, ProjectBuffer::bindProject);
    }

    private static void bindProject(PreparedStatement statement, ProjectRow project) throws SQLException {
        Object[] values = {project.projectId(), project.title(), project.description(), texts(project.recipients()),
                project.area(), texts(project.priorities()), project.requestedBudget().amount(),
                project.requestedBudget().currencyCode(), texts(project.expertiseNeeded()), project.status().name(),
                project.outcome(), project.proposedOn(), project.proposedPresidency(),
                date(project.matched()), presidency(project.matched()), date(project.funded()), presidency(project.funded()),
                date(project.closed()), presidency(project.closed()), project.version(), Timestamp.from(project.updatedAt())};
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static void writeOffers(JdbcTemplate jdbc, String schema, List<OfferRow> rows) {
        jdbc.batchUpdate("""
                        insert into %s.project_offer (project_id, offer_id, donor, kind, amount, currency, state,
                            offered_on, offered_presidency, offered_sequence, decided_on, decided_presidency, decided_sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (project_id, offer_id) do update set state = excluded.state,
                            decided_on = excluded.decided_on, decided_presidency = excluded.decided_presidency,
                            decided_sequence = excluded.decided_sequence""".formatted(schema),
                rows, JDBC_BATCH, (statement, row) -> {
                    Offer offer = row.offer();
                    Object[] values = {row.projectId(), offer.offerId(), offer.donor(), offer.kind(),
                            offer.amount() == null ? null : offer.amount().amount(),
                            offer.amount() == null ? null : offer.amount().currencyCode(), offer.state().name(),
                            offer.offeredOn(), offer.offeredPresidency(), offer.offeredSequence(), offer.decidedOn(),
                            offer.decidedPresidency(), offer.decidedSequence()};
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                });
    }

    private static void writeFlows(JdbcTemplate jdbc, String schema, List<NewFlow> flows) {
        jdbc.batchUpdate("""
                        insert into %s.project_flow (project_id, kind, flow_id, donor, amount, currency, effective_date,
                            presidency, sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(schema),
                flows, JDBC_BATCH, (statement, row) -> {
                    Flow flow = row.flow();
                    Object[] values = {row.projectId(), flow.kind().name(), flow.flowId(), flow.donor(),
                            flow.amount().amount(), flow.amount().currencyCode(), flow.effectiveDate(), flow.presidency(),
                            flow.sequence()};
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                });
    }

    private static void writeActivity(JdbcTemplate jdbc, String schema, List<ActivityRow> rows, List<ProjectRow> described) {
        jdbc.batchUpdate("""
                        insert into %s.project_activity (project_id, presidency, first_on, area, recipients, priorities)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (project_id, presidency) do update set first_on = least(project_activity.first_on, excluded.first_on),
                            area = excluded.area, recipients = excluded.recipients, priorities = excluded.priorities"""
                        .formatted(schema),
                rows, JDBC_BATCH, (statement, row) -> {
                    statement.setObject(1, row.projectId());
                    statement.setInt(2, row.presidency());
                    statement.setObject(3, row.firstOn());
                    statement.setString(4, row.project().area());
                    statement.setObject(5, texts(row.project().recipients()));
                    statement.setObject(6, texts(row.project().priorities()));
                });
        jdbc.batchUpdate("update %s.project_activity set area = ?, recipients = ?, priorities = ? where project_id = ?"
                        .formatted(schema),
                described, JDBC_BATCH, (statement, project) -> {
                    statement.setString(1, project.area());
                    statement.setObject(2, texts(project.recipients()));
                    statement.setObject(3, texts(project.priorities()));
                    statement.setObject(4, project.projectId());
                });
    }
}
