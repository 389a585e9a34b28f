package org.gptracker.command.partnership;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hears every instance's changes to the partnership calendar: {@link PartnershipCalendarUpdater} sends a
 * PostgreSQL notification on {@value #CHANNEL} in each transaction that writes the calendar, delivered when it
 * commits, and this thread, on a connection of its own, tells {@link CachedPartnershipCalendar} to read the
 * tables again. While the connection is lost the calendar reads the tables for every question.
 */
@Component
class CalendarChanges implements SmartLifecycle {

    static final String CHANNEL = "gp_partnership_calendar";
    private static final Logger log = LoggerFactory.getLogger(CalendarChanges.class);
    private static final int WAIT_MILLIS = 1000;

    private final DataSource dataSource;
    private final CachedPartnershipCalendar calendar;
    private volatile Thread listener;

    CalendarChanges(DataSource dataSource, CachedPartnershipCalendar calendar) {
        this.dataSource = dataSource;
        this.calendar = calendar;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "gp-calendar-changes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
        calendar.hearing(false);
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        boolean warned = false;
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                calendar.hearing(true);
                warned = false;
                while (listener == Thread.currentThread()) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        calendar.changed();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                calendar.hearing(false);
                if (!warned) {
                    log.warn("cannot hear partnership calendar changes; reading the calendar for every command until it can: {}",
                            e.toString());
                    warned = true;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
