package org.gptracker.query.presidency;

import org.gptracker.events.presidency.Priority;
import org.gptracker.query.projection.Rebuilding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the presidency read model: {@code read.presidency}, {@code read.presidency_priority} and
 * {@code read.presidency_chair}; on a rebuilding thread, into the rebuild's {@link PresidencyBuffer} instead.
 */
@Repository
class PresidencyRepository {

    private final JdbcTemplate jdbc;
    private final PresidencyBuffer rebuild;

    PresidencyRepository(JdbcTemplate jdbc, PresidencyBuffer rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    void insert(PresidencyRow presidency) {
        if (Rebuilding.onThisThread()) {
            rebuild.insert(presidency);
            return;
        }
        jdbc.update("""
                        insert into read.presidency (year, chair, starts_on, ends_on, opened_on, closed_on, successor_year,
                            version, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                presidency.year(), presidency.chair(), presidency.startsOn(), presidency.endsOn(), presidency.openedOn(),
                presidency.closedOn(), presidency.successorYear(), presidency.version(), Timestamp.from(presidency.updatedAt()));
        chairFrom(presidency.year(), presidency.chair(), presidency.startsOn());
    }

    /** {@code chair} chairs the presidency from {@code since}; a second handover on the same day replaces the first. */
    void chairFrom(int year, String chair, LocalDate since) {
        if (Rebuilding.onThisThread()) {
            rebuild.chairFrom(year, chair, since);
            return;
        }
        jdbc.update("""
                insert into read.presidency_chair (year, chair, since) values (?, ?, ?)
                on conflict (year, since) do update set chair = excluded.chair""", year, chair, since);
    }

    void update(PresidencyRow presidency) {
        if (Rebuilding.onThisThread()) {
            rebuild.update(presidency);
            return;
        }
        int updated = jdbc.update("""
                        update read.presidency set chair = ?, closed_on = ?, successor_year = ?, version = ?, updated_at = ?
                        where year = ?""",
                presidency.chair(), presidency.closedOn(), presidency.successorYear(), presidency.version(),
                Timestamp.from(presidency.updatedAt()), presidency.year());
        if (updated != 1) {
            throw unknown(presidency.year());
        }
    }

    PresidencyRow get(int year) {
        if (Rebuilding.onThisThread()) {
            return rebuild.get(year);
        }
        return jdbc.query("select * from read.presidency where year = ?", (rs, n) -> new PresidencyRow(rs.getInt("year"),
                        rs.getString("chair"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        rs.getObject("successor_year", Integer.class), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()), year)
                .stream().findFirst()
                .orElseThrow(() -> unknown(year));
    }

    static IllegalStateException unknown(int year) {
        return new IllegalStateException("presidency " + year + " is not in read.presidency");
    }

    /** Appended after the presidency's priorities so far. */
    void declare(int year, List<Priority> priorities, LocalDate declaredOn) {
        if (Rebuilding.onThisThread()) {
            rebuild.declare(year, priorities, declaredOn);
            return;
        }
        for (Priority priority : priorities) {
            jdbc.update("""
                            insert into read.presidency_priority (year, code, title, position, declared_on)
                            values (?, ?, ?, (select count(*) from read.presidency_priority where year = ?), ?)""",
                    year, priority.code(), priority.title(), year, declaredOn);
        }
    }
}
