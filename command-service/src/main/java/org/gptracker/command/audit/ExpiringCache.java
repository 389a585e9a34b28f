package org.gptracker.command.audit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A small map whose entries are trusted for a while only: what another instance erased stops being used
 * here within that time. Bounded by clearing it whole when full (it holds actors, who are few).
 */
final class ExpiringCache<V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    ExpiringCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value kept for {@code key}, or null when none is, or it is older than the time to live. */
    V get(String key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.expiresAt - nanoTime.getAsLong() < 0) {
            return null;
        }
        return entry.value;
    }

    void put(String key, V value) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, nanoTime.getAsLong() + ttlNanos));
    }

    void remove(String key) {
        entries.remove(key);
    }

    void removeValue(V value) {
        entries.values().removeIf(entry -> entry.value.equals(value));
    }
}
