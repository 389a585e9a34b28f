package org.gptracker.command.partnership;

import org.gptracker.command.eventstore.CachedState;
import org.gptracker.events.value.Member;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The partnership calendar held in memory, so that a command asks the database nothing to learn who is a
 * member and which presidency a date falls in. It is read again from the tables after every change
 * (decision 0031): after each transaction of this instance that wrote the calendar, and on each of the
 * database's notifications that another instance did ({@link CalendarChanges}). While no notification can
 * be heard, and for a command marked {@link CachedState#FRESH}, it is read from the tables on every question.
 */
@Component
class CachedPartnershipCalendar implements PartnershipCalendar {

    private final JdbcPartnershipCalendar tables;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean heard;
    private volatile Held held;

    /** A snapshot and the count of changes it reflects. */
    private record Held(CalendarSnapshot snapshot, long changes) {
    }

    CachedPartnershipCalendar(JdbcPartnershipCalendar tables) {
        this.tables = tables;
    }

    @Override
    public boolean isMemberInGoodStanding(Member member, LocalDate on) {
        return snapshot().isMemberInGoodStanding(member, on);
    }

    @Override
    public Optional<Integer> presidencyOn(LocalDate date) {
        return snapshot().presidencyOn(date);
    }

    /** The tables changed, or may have: the next question reads them again. */
    void changed() {
        changes.incrementAndGet();
    }

    /** Whether changes by other instances are heard; while not, every question reads the tables. */
    void hearing(boolean heard) {
        this.heard = heard;
        changed();
    }

    private CalendarSnapshot snapshot() {
        if (!heard || CachedState.freshRequired()) {
            return tables.read();
        }
        long seen = changes.get();
        Held current = held;
        if (current != null && current.changes() == seen) {
            CachedState.used();
            return current.snapshot();
        }
        CalendarSnapshot read = tables.read();
        held = new Held(read, seen);
        return read;
    }
}
