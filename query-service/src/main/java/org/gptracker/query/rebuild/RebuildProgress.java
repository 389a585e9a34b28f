package org.gptracker.query.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gptracker.query.projection.BatchProjector.Counts;
import org.gptracker.query.projection.BatchProjector.Gap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands (DESIGN §4 "Rebuild").
 *
 * @param applied              events applied to the rebuilt tables
 * @param duplicates           records of events applied already, skipped
 * @param unreadable           records that are no readable event (the live stream dead-lettered them)
 * @param setAside             events not applied because an earlier one of their aggregate is missing
 * @param eventsPerSecond      records read per second since the start
 * @param lag                  records in the log not read yet
 * @param estimatedSecondsLeft at the current rate, until the log is read
 * @param switchAttempts       times the switch to the rebuilt tables was tried
 * @param gaps                 aggregates still waiting for a missing event
 * @param shortfall            aggregates the rebuilt read models hold less of than the event store (the first ones)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RebuildProgress(State state, Instant startedAt, Instant finishedAt, long applied, long duplicates,
                       long unreadable, long setAside, long eventsPerSecond, Long lag, Long estimatedSecondsLeft,
                       int switchAttempts, List<Gap> gaps, String failure, List<Shortfall> shortfall) {

    enum State {
        IDLE, RUNNING, COMPLETED, FAILED
    }

    static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, null, null, 0, 0, 0, 0, 0, null, null, 0, List.of(), null, null);
    }

    static RebuildProgress started(Instant at) {
        return new RebuildProgress(State.RUNNING, at, null, 0, 0, 0, 0, 0, null, null, 0, List.of(), null, null);
    }

    RebuildProgress running(Counts counts, long lag, int switchAttempts, List<Gap> gaps, Instant now) {
        long read = counts.applied() + counts.duplicates() + counts.unreadable() + counts.setAside();
        long rate = perSecond(read, now);
        return new RebuildProgress(State.RUNNING, startedAt, null, counts.applied(), counts.duplicates(),
                counts.unreadable(), counts.setAside(), rate, lag, rate == 0 ? null : lag / rate, switchAttempts, gaps, null, shortfall);
    }

    RebuildProgress completed(Instant at) {
        return new RebuildProgress(State.COMPLETED, startedAt, at, applied, duplicates, unreadable, setAside,
                eventsPerSecond, 0L, 0L, switchAttempts, gaps, null, shortfall);
    }

    RebuildProgress failed(Instant at, String reason) {
        return new RebuildProgress(State.FAILED, startedAt, at, applied, duplicates, unreadable, setAside,
                eventsPerSecond, lag, null, switchAttempts, gaps, reason, shortfall);
    }

    RebuildProgress shortOf(List<Shortfall> aggregates) {
        return new RebuildProgress(state, startedAt, finishedAt, applied, duplicates, unreadable, setAside, eventsPerSecond,
                lag, estimatedSecondsLeft, switchAttempts, gaps, failure, List.copyOf(aggregates));
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }

    private long perSecond(long read, Instant now) {
        long millis = Math.max(1, Duration.between(startedAt, now).toMillis());
        return read * 1000 / millis;
    }
}
