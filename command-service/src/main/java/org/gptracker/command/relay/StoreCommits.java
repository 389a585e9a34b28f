package org.gptracker.command.relay;

import org.springframework.stereotype.Component;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process signal that a command's transaction committed events to the store, so the relay reads
 * them at once instead of at its next poll. It counts commits: a reader notes the count before it queries
 * the store and waits only while nothing committed since, so a commit during the query is never missed.
 * Events stored by another instance (or by SQL) send no signal here; the relay's poll finds those.
 */
@Component
class StoreCommits {

    private final Lock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private long commits;

    void committed() {
        lock.lock();
        try {
            commits++;
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long seen() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a commit after {@code seen}, or until {@code nanos} passed. */
    void awaitCommitAfter(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (commits == seen && left > 0) {
                left = committed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    boolean committedSince(long seen) {
        return seen() != seen;
    }
}
