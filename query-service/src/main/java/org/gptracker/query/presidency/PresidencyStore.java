package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.Priority;
import org.gptracker.query.projection.BatchStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The presidency read model ({@code presidency}, {@code presidency_priority}, {@code presidency_chair}) for a batch of
 * events. There is one presidency a year, so a presidency once read stays in memory for the store's life (a whole
 * rebuild, or one live poll); each batch writes what it changed, with upserts.
 */
class PresidencyStore implements BatchStore {

    private static final int JDBC_BATCH = 500;

    private final Map<Integer, PresidencyRow> presidencies = new HashMap<>();
    private final Set<Integer> changed = new LinkedHashSet<>();
    /** Per year, the codes declared so far: their order is the priorities' position. */
    private final Map<Integer, List<String>> declared = new HashMap<>();
    private final List<DeclaredPriority> newPriorities = new ArrayList<>();
    private final Map<ChairKey, String> newChairs = new LinkedHashMap<>();

    private record DeclaredPriority(int year, Priority priority, int position, LocalDate declaredOn) {
    }

    private record ChairKey(int year, LocalDate since) {
    }

    void insert(PresidencyRow presidency) {
        presidencies.put(presidency.year(), presidency);
        changed.add(presidency.year());
        chairFrom(presidency.year(), presidency.chair(), presidency.startsOn());
    }

    void update(PresidencyRow presidency) {
        get(presidency.year());
        presidencies.put(presidency.year(), presidency);
        changed.add(presidency.year());
    }

    PresidencyRow get(int year) {
        PresidencyRow presidency = presidencies.get(year);
        if (presidency == null) {
            throw unknown(year);
        }
        return presidency;
    }

    void chairFrom(int year, String chair, LocalDate since) {
        newChairs.put(new ChairKey(year, since), chair);
    }

    /** A code declared twice for one year breaks the table's key, as it would on the live table. */
    void declare(int year, List<Priority> priorities, LocalDate declaredOn) {
        List<String> codes = declared.computeIfAbsent(year, y -> new ArrayList<>());
        for (Priority priority : priorities) {
            if (codes.contains(priority.code())) {
                throw new IllegalStateException("priority " + priority.code() + " of presidency " + year + " is declared already");
            }
            newPriorities.add(new DeclaredPriority(year, priority, codes.size(), declaredOn));
            codes.add(priority.code());
        }
    }

    private void forgetWritten() {
        changed.clear();
        newPriorities.clear();
        newChairs.clear();
    }

    /** Reads the presidencies of the batch not in memory yet, with the codes of their priorities in order. */
    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        Integer[] years = batch.stream().map(EventEnvelope::subject).map(PresidencyStore::yearOrNull)
                .filter(year -> year != null && !presidencies.containsKey(year)).distinct().toArray(Integer[]::new);
        if (years.length == 0) {
            return;
        }
        jdbc.query("select * from %s.presidency where year = any (?)".formatted(schema), rs -> {
            PresidencyRow presidency = new PresidencyRow(rs.getInt("year"), rs.getString("chair"),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                    rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                    rs.getObject("successor_year", Integer.class), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
            presidencies.put(presidency.year(), presidency);
            declared.put(presidency.year(), new ArrayList<>());
        }, (Object) years);
        jdbc.query("select year, code from %s.presidency_priority where year = any (?) order by year, position".formatted(schema),
                rs -> {
                    declared.get(rs.getInt(1)).add(rs.getString(2));
                }, (Object) years);
    }

    /** Presidencies have years for ids (projects have UUIDs, members country codes). */
    private static Integer yearOrNull(String subject) {
        if (subject.length() != 4) {
            return null;
        }
        try {
            return Integer.valueOf(subject);
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    static IllegalStateException unknown(int year) {
        return new IllegalStateException("presidency " + year + " is not in the presidency read model");
    }

    @Override
    public Write drain() {
        List<PresidencyRow> rows = changed.stream().map(presidencies::get).toList();
        List<DeclaredPriority> priorities = List.copyOf(newPriorities);
        List<Map.Entry<ChairKey, String>> chairs = List.copyOf(newChairs.entrySet());
        forgetWritten();
        return (jdbc, schema) -> write(jdbc, schema, rows, priorities, chairs);
    }

    private static void write(JdbcTemplate jdbc, String schema, List<PresidencyRow> rows, List<DeclaredPriority> priorities,
                              List<Map.Entry<ChairKey, String>> chairs) {
        jdbc.batchUpdate("""
                        insert into %s.presidency (year, chair, starts_on, ends_on, opened_on, closed_on, successor_year,
                            version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (year) do update set chair = excluded.chair, closed_on = excluded.closed_on,
                            successor_year = excluded.successor_year, version = excluded.version,
                            updated_at = excluded.updated_at""".formatted(schema),
                rows, JDBC_BATCH, (statement, presidency) -> {
                    statement.setInt(1, presidency.year());
                    statement.setString(2, presidency.chair());
                    statement.setObject(3, presidency.startsOn());
                    statement.setObject(4, presidency.endsOn());
                    statement.setObject(5, presidency.openedOn());
                    statement.setObject(6, presidency.closedOn());
                    statement.setObject(7, presidency.successorYear());
                    statement.setLong(8, presidency.version());
                    statement.setTimestamp(9, Timestamp.from(presidency.updatedAt()));
                });
        jdbc.batchUpdate("""
                        insert into %s.presidency_priority (year, code, title, position, declared_on)
                        values (?, ?, ?, ?, ?)""".formatted(schema),
                priorities, JDBC_BATCH, (statement, declaredPriority) -> {
                    statement.setInt(1, declaredPriority.year());
                    statement.setString(2, declaredPriority.priority().code());
                    statement.setString(3, declaredPriority.priority().title());
                    statement.setInt(4, declaredPriority.position());
                    statement.setObject(5, declaredPriority.declaredOn());
                });
        jdbc.batchUpdate("""
                        insert into %s.presidency_chair (year, chair, since) values (?, ?, ?)
                        on conflict (year, since) do update set chair = excluded.chair""".formatted(schema),
                chairs, JDBC_BATCH, (statement, chair) -> {
                    statement.setInt(1, chair.getKey().year());
                    statement.setString(2, chair.getValue());
                    statement.setObject(3, chair.getKey().since());
                });
    }
}
