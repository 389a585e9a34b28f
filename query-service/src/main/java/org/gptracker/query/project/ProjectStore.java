package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.value.Money;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.project.PresidencyTallies.Counted;
import org.gptracker.query.project.ProjectRow.Milestone;
import org.gptracker.query.projection.CopyRows;
import org.gptracker.query.projection.BatchStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;


/**
 * The project read model ({@code project} with its offers, money flows and presidency activity) for a batch of events:
 * the batch's projects and offers in memory, read from the tables once per batch (in a rebuild, with the previous
 * batch's changes from memory), written back at its end. What the batch made (projects proposed in it with their
 * offers and activity, every money flow) goes in with COPY; only the rows of projects an earlier batch wrote are
 * upserted.
 */
class ProjectStore implements BatchStore, ProjectStatuses {

    private static final int JDBC_BATCH = 1000;

    private final Map<UUID, ProjectRow> projects = new HashMap<>();
    private final Set<UUID> changedProjects = new LinkedHashSet<>();
    private final Map<OfferKey, Offer> offers = new HashMap<>();
    private final Set<OfferKey> changedOffers = new LinkedHashSet<>();
    private final List<NewFlow> flows = new ArrayList<>();
    private final Map<ActivityKey, LocalDate> activity = new LinkedHashMap<>();
    private final Set<UUID> described = new LinkedHashSet<>();
    /** Per project of the batch, the day it became active in each presidency it is active in, as the batch goes. */
    private final Map<UUID, Map<Integer, LocalDate>> activeIn = new HashMap<>();
    /** The projects an earlier batch wrote, as the tallies counted them before this batch. */
    private final Map<UUID, Counted> before = new HashMap<>();
    private final PresidencyTallies tallies = new PresidencyTallies();
    /** Projects and offers an earlier batch wrote: their rows are updated, all others are new and copied in. */
    private final Set<UUID> loadedProjects = new HashSet<>();
    private final Set<OfferKey> loadedOffers = new HashSet<>();
    /**
     * The projects of the last batches as they ended them, each with every offer, newest last: a later batch takes a
     * project from here instead of reading it back (in a rebuild, the last batch's write may not be committed yet, and
     * a project's events are mostly a few batches apart). At most {@code kept} (none in a live poll's store, which
     * serves one batch); only projects of earlier batches, written by now, are forgotten.
     */
    private final LinkedHashMap<UUID, Recent> recent = new LinkedHashMap<>();
    private final int kept;
    /** A rebuild's store: no totals, so nothing of what they need is followed (decision 0068). */
    private final boolean talliesDeferred;
    private long batches;

    private record Recent(ProjectRow project, List<Offer> offers, long batch) {
    }

    ProjectStore(int kept, boolean talliesDeferred) {
        this.kept = kept;
        this.talliesDeferred = talliesDeferred;
    }

    private record OfferKey(UUID projectId, String offerId) {
    }

    private record ActivityKey(UUID projectId, int presidency) {
    }

    private record NewFlow(UUID projectId, LocalDate proposedOn, Flow flow) {
    }

    private record OfferRow(UUID projectId, LocalDate proposedOn, Offer offer) {
    }

    private record ActivityRow(UUID projectId, int presidency, LocalDate firstOn, ProjectRow project) {
    }

    void insert(ProjectRow project) {
        projects.put(project.projectId(), project);
        changedProjects.add(project.projectId());
        if (!talliesDeferred) {
            activeIn.computeIfAbsent(project.projectId(), id -> new HashMap<>());
        }
    }

    void update(ProjectRow project) {
        get(project.projectId());
        insert(project);
    }

    ProjectRow get(UUID projectId) {
        ProjectRow project = projects.get(projectId);
        if (project == null) {
            throw noProject(projectId);
        }
        return project;
    }

    /** As the live table's upsert: the earliest date per presidency. */
    void recordActivity(ProjectRow project, GpEvent event) {
        if (event.presidencyYear() != null) {
            activity.merge(new ActivityKey(project.projectId(), event.presidencyYear()), event.effectiveDate(),
                    ProjectStore::earlier);
            if (!talliesDeferred) {
                activeIn.computeIfAbsent(project.projectId(), id -> new HashMap<>())
                        .merge(event.presidencyYear(), event.effectiveDate(), ProjectStore::earlier);
            }
        }
    }

    private static LocalDate earlier(LocalDate known, LocalDate next) {
        return next.isBefore(known) ? next : known;
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
            throw noOffer(projectId, offerId);
        }
        return offer;
    }

    void decide(UUID projectId, Offer offer) {
        OfferKey key = new OfferKey(projectId, offer.offerId());
        offers.put(key, offer);
        changedOffers.add(key);
    }

    void insert(UUID projectId, Flow flow) {
        flows.add(new NewFlow(projectId, proposedOn(projectId), flow));
    }

    private void startBatch() {
        projects.clear();
        changedProjects.clear();
        offers.clear();
        changedOffers.clear();
        flows.clear();
        activity.clear();
        described.clear();
        activeIn.clear();
        before.clear();
        loadedProjects.clear();
        loadedOffers.clear();
    }

    /**
     * {@code batch} holds only events of aggregates an earlier batch applied: a project proposed in this one is new.
     * Projects a recent batch held come from memory, the others from the tables.
     */
    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        Set<UUID> missing = new LinkedHashSet<>();
        for (EventEnvelope envelope : batch) {
            UUID id = projectIdOrNull(envelope);
            if (id == null || projects.containsKey(id)) {
                continue;
            }
            Recent known = recent.get(id);
            if (known == null) {
                missing.add(id);
            } else {
                projects.put(id, known.project());
                known.offers().forEach(offer -> offers.put(new OfferKey(id, offer.offerId()), offer));
            }
        }
        if (!missing.isEmpty()) {
            UUID[] ids = missing.toArray(UUID[]::new);
            jdbc.query("select * from %s.project where project_id = any (?)".formatted(schema),
                    rs -> {
                        ProjectRow project = row(rs, 0);
                        projects.put(project.projectId(), project);
                    }, (Object) ids);
            jdbc.query("select * from %s.project_offer where project_id = any (?)".formatted(schema),
                    rs -> {
                        Offer offer = offer(rs, 0);
                        offers.put(new OfferKey(rs.getObject("project_id", UUID.class), offer.offerId()), offer);
                    }, (Object) ids);
            if (!talliesDeferred) {
                // only the totals need to know when a project became active in each presidency
                missing.forEach(id -> activeIn.put(id, new HashMap<>()));
                jdbc.query("select project_id, presidency, first_on from %s.project_activity where project_id = any (?)"
                        .formatted(schema), rs -> {
                    activeIn.get(rs.getObject("project_id", UUID.class))
                            .put(rs.getInt("presidency"), rs.getObject("first_on", LocalDate.class));
                }, (Object) ids);
            }
        }
        if (!talliesDeferred) {
            projects.forEach((id, project) -> before.putIfAbsent(id, new Counted(project, activeIn.get(id))));
        }
        loadedProjects.addAll(projects.keySet());
        loadedOffers.addAll(offers.keySet());
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
        List<ProjectRow> newRows = changedRows.stream().filter(row -> !loadedProjects.contains(row.projectId())).toList();
        List<ProjectRow> updatedRows = changedRows.stream().filter(row -> loadedProjects.contains(row.projectId())).toList();
        List<OfferRow> newOffers = new ArrayList<>();
        List<OfferRow> updatedOffers = new ArrayList<>();
        for (OfferKey key : changedOffers) {
            (loadedOffers.contains(key) ? updatedOffers : newOffers).add(new OfferRow(key.projectId(), proposedOn(key.projectId()),
                    offers.get(key)));
        }
        List<NewFlow> newFlows = List.copyOf(flows);
        // activity rows carry the project's description as it ends the batch, as the live rows do after every event
        List<ActivityRow> newActivity = new ArrayList<>();
        List<ActivityRow> updatedActivity = new ArrayList<>();
        activity.forEach((key, firstOn) -> {
            ActivityRow row = new ActivityRow(key.projectId(), key.presidency(), firstOn, projects.get(key.projectId()));
            (loadedProjects.contains(key.projectId()) ? updatedActivity : newActivity).add(row);
        });
        List<ProjectRow> describedRows = described.stream().filter(loadedProjects::contains).map(projects::get).toList();
        if (!talliesDeferred) {
            changedProjects.forEach(id -> tallies.changed(before.get(id), new Counted(projects.get(id), activeIn.get(id))));
            flows.forEach(flow -> tallies.flowed(flow.flow()));
        }
        BatchStore.Write tallied = tallies.drain();
        if (kept > 0) {
            remember();
        }
        startBatch();
        return (jdbc, schema) -> {
            copyProjects(jdbc, schema, newRows);
            writeProjects(jdbc, schema, updatedRows);
            copyOffers(jdbc, schema, newOffers);
            writeOffers(jdbc, schema, updatedOffers);
            copyFlows(jdbc, schema, newFlows);
            copyActivity(jdbc, schema, newActivity);
            writeActivity(jdbc, schema, updatedActivity, describedRows);
            tallied.to(jdbc, schema);
        };
    }

    /** Offers and flows carry their project's proposal date, the listing order of a donor's projects (V17). */
    private LocalDate proposedOn(UUID projectId) {
        ProjectRow project = projects.get(projectId);
        if (project == null) {
            throw new IllegalStateException("project " + projectId + " of an offer or flow is not in the batch");
        }
        return project.proposedOn();
    }

    /** Every project the batch held, with all its offers (read with it, or made in the batch), as the batch ends it. */
    private void remember() {
        long batch = ++batches;
        Map<UUID, List<Offer>> offersOf = new HashMap<>();
        offers.forEach((key, offer) -> offersOf.computeIfAbsent(key.projectId(), id -> new ArrayList<>()).add(offer));
        projects.forEach((id, project) -> {
            recent.remove(id);
            recent.put(id, new Recent(project, offersOf.getOrDefault(id, List.of()), batch));
        });
        for (var eldest = recent.values().iterator(); recent.size() > kept; ) {
            if (eldest.next().batch() == batch) {
                break;
            }
            eldest.remove();
        }
    }

    private static void copyProjects(JdbcTemplate jdbc, String schema, List<ProjectRow> rows) {
        CopyRows copy = new CopyRows();
        for (ProjectRow project : rows) {
            copy.value(project.projectId()).text(project.title()).text(project.description()).texts(project.recipients())
                    .text(project.area()).texts(project.priorities()).amount(project.requestedBudget().amount())
                    .text(project.requestedBudget().currencyCode()).texts(project.expertiseNeeded())
                    .text(project.status().name()).text(project.outcome()).value(project.proposedOn())
                    .value(project.proposedPresidency()).value(date(project.matched())).value(presidency(project.matched()))
                    .value(date(project.funded())).value(presidency(project.funded())).value(date(project.closed()))
                    .value(presidency(project.closed())).number(project.version()).timestamp(project.updatedAt())
                    .endRow();
        }
        copy.copy(jdbc, """
                copy %s.project (project_id, title, description, recipients, area, priorities, requested_amount,
                    requested_currency, expertise_needed, status, outcome, proposed_on, proposed_presidency, matched_on,
                    matched_presidency, funded_on, funded_presidency, closed_on, closed_presidency, version, updated_at)
                from stdin""".formatted(schema));
    }

    private static void copyOffers(JdbcTemplate jdbc, String schema, List<OfferRow> rows) {
        CopyRows copy = new CopyRows();
        for (OfferRow row : rows) {
            Offer offer = row.offer();
            copy.value(row.projectId()).text(offer.offerId()).text(offer.donor()).text(offer.kind())
                    .amount(offer.amount() == null ? null : offer.amount().amount())
                    .text(offer.amount() == null ? null : offer.amount().currencyCode()).text(offer.state().name())
                    .value(offer.offeredOn()).value(offer.offeredPresidency()).number(offer.offeredSequence())
                    .value(offer.decidedOn()).value(offer.decidedPresidency()).value(offer.decidedSequence())
                    .value(row.proposedOn()).endRow();
        }
        copy.copy(jdbc, """
                copy %s.project_offer (project_id, offer_id, donor, kind, amount, currency, state, offered_on,
                    offered_presidency, offered_sequence, decided_on, decided_presidency, decided_sequence, proposed_on)
                from stdin""".formatted(schema));
    }

    private static void copyFlows(JdbcTemplate jdbc, String schema, List<NewFlow> flows) {
        CopyRows copy = new CopyRows();
        for (NewFlow row : flows) {
            Flow flow = row.flow();
            copy.value(row.projectId()).text(flow.kind().name()).text(flow.flowId()).text(flow.donor())
                    .amount(flow.amount().amount()).text(flow.amount().currencyCode()).value(flow.effectiveDate())
                    .value(flow.presidency()).number(flow.sequence()).value(row.proposedOn())
                    .endRow();
        }
        copy.copy(jdbc, """
                copy %s.project_flow (project_id, kind, flow_id, donor, amount, currency, effective_date, presidency, sequence,
                    proposed_on)
                from stdin""".formatted(schema));
    }

    private static void copyActivity(JdbcTemplate jdbc, String schema, List<ActivityRow> rows) {
        CopyRows copy = new CopyRows();
        for (ActivityRow row : rows) {
            copy.value(row.projectId()).value(row.presidency()).value(row.firstOn()).text(row.project().area())
                    .texts(row.project().recipients()).texts(row.project().priorities())
                    .value(row.project().proposedOn()).endRow();
        }
        copy.copy(jdbc, "copy %s.project_activity (project_id, presidency, first_on, area, recipients, priorities, proposed_on) from stdin"
                .formatted(schema));
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
                rows, JDBC_BATCH, ProjectStore::bindProject);
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
                            offered_on, offered_presidency, offered_sequence, decided_on, decided_presidency, decided_sequence,
                            proposed_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (project_id, offer_id) do update set state = excluded.state,
                            decided_on = excluded.decided_on, decided_presidency = excluded.decided_presidency,
                            decided_sequence = excluded.decided_sequence""".formatted(schema),
                rows, JDBC_BATCH, (statement, row) -> {
                    Offer offer = row.offer();
                    Object[] values = {row.projectId(), offer.offerId(), offer.donor(), offer.kind(),
                            offer.amount() == null ? null : offer.amount().amount(),
                            offer.amount() == null ? null : offer.amount().currencyCode(), offer.state().name(),
                            offer.offeredOn(), offer.offeredPresidency(), offer.offeredSequence(), offer.decidedOn(),
                            offer.decidedPresidency(), offer.decidedSequence(), row.proposedOn()};
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                });
    }

    private static void writeActivity(JdbcTemplate jdbc, String schema, List<ActivityRow> rows, List<ProjectRow> described) {
        jdbc.batchUpdate("""
                        insert into %s.project_activity (project_id, presidency, first_on, area, recipients, priorities, proposed_on)
                        values (?, ?, ?, ?, ?, ?, ?)
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
                    statement.setObject(7, row.project().proposedOn());
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

    @Override
    public String status(String aggregateId) {
        ProjectRow project = projects.get(UUID.fromString(aggregateId));
        return project == null ? null : project.status().name();
    }

    static IllegalStateException noOffer(UUID projectId, String offerId) {
        return new IllegalStateException("no offer " + offerId + " of project " + projectId + " in project_offer");
    }

    static IllegalStateException noProject(UUID projectId) {
        return new IllegalStateException("project " + projectId + " is not in the project read model");
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
