package org.gptracker.command.partnership;

import org.gptracker.command.Refusal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.membership.MemberReinstated;
import org.gptracker.events.membership.MemberSuspended;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.SQLException;

/**
 * Keeps the partnership calendar's tables up to date. It runs in a subscribing processor, so each
 * row is written in the transaction that stores the event: the calendar never lags behind the
 * event store, and a failed write fails the command. Every write is an idempotent upsert, and tells every
 * instance's {@link CachedPartnershipCalendar} to read the tables again.
 */
@Component
@ProcessingGroup(PartnershipCalendarUpdater.PROCESSING_GROUP)
class PartnershipCalendarUpdater {

    static final String PROCESSING_GROUP = "partnership-calendar";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private static final Logger log = LoggerFactory.getLogger(PartnershipCalendarUpdater.class);

    private final JdbcTemplate jdbc;
    private final CachedPartnershipCalendar calendar;

    PartnershipCalendarUpdater(JdbcTemplate jdbc, CachedPartnershipCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @EventHandler
    void on(MemberAdmitted event) {
        changed();
        jdbc.update("""
                insert into events.membership_period (country, admitted_on) values (?, ?)
                on conflict (country) do update set admitted_on = excluded.admitted_on""",
                event.country().code(), Date.valueOf(event.admittedOn()));
    }

    @EventHandler
    void on(MemberSuspended event, @SequenceNumber long sequence) {
        changed();
        jdbc.update("""
                insert into events.membership_suspension (country, suspension_sequence, suspended_on, reason)
                values (?, ?, ?, ?)
                on conflict (country, suspension_sequence) do update
                    set suspended_on = excluded.suspended_on, reason = excluded.reason""",
                event.country().code(), sequence, Date.valueOf(event.since()), event.reason());
    }

    /** Ends the suspension that came last before this reinstatement; applying it twice changes nothing. */
    @EventHandler
    void on(MemberReinstated event, @SequenceNumber long sequence) {
        changed();
        jdbc.update("""
                update events.membership_suspension set reinstated_on = ?
                where country = ? and suspension_sequence = (
                    select max(suspension_sequence) from events.membership_suspension
                    where country = ? and suspension_sequence < ?)""",
                Date.valueOf(event.since()), event.country().code(), event.country().code(), sequence);
    }

    @EventHandler
    void on(PresidencyOpened event) {
        changed();
        try {
            jdbc.update("""
                    insert into events.presidency_window (year, chair, starts_on, ends_on) values (?, ?, ?, ?)
                    on conflict (year) do update
                        set chair = excluded.chair, starts_on = excluded.starts_on, ends_on = excluded.ends_on""",
                    event.year(), event.chair().code(), Date.valueOf(event.startsOn()), Date.valueOf(event.endsOn()));
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                // a concurrent command opened an overlapping presidency between our check and our commit
                log.info("presidency {} refused at commit: its window overlaps one stored concurrently", event.year());
                throw new CommandRefusedException(Refusal.PRESIDENCY_OVERLAP, "The window " + event.startsOn() + ".." + event.endsOn()
                        + " overlaps another presidency's window.");
            }
            throw e;
        }
    }

    @EventHandler
    void on(PresidencyClosed event) {
        changed();
        jdbc.update("update events.presidency_window set closed_on = ?, successor_year = ? where year = ?",
                Date.valueOf(event.closedOn()), event.successorYear(), event.year());
    }

    /**
     * Every instance reads the calendar again once this transaction ends: this one itself when it ends either
     * way, the others on the notification PostgreSQL delivers when it commits.
     */
    private void changed() {
        jdbc.execute("notify " + CalendarChanges.CHANNEL);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().onCleanup(unit -> calendar.changed());
        } else {
            calendar.changed();
        }
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
