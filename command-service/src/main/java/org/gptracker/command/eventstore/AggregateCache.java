package org.gptracker.command.eventstore;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Axon's aggregate cache for this instance: the {@code maximum} most recently used aggregates, so a command on a
 * known aggregate neither reads nor replays its events. Strictly least-recently-used: an aggregate commands are
 * working on is never the one evicted. (With Caffeine's frequency-based admission, used before, one profile showed
 * projects still in their lifecycle reloaded once the cache had filled; later runs did not reproduce it, and this
 * rules it out by design.) Safe across instances as docs/decisions/0030 says; a command marked
 * {@link CachedState#FRESH} never gets an entry from here.
 */
public final class AggregateCache implements Cache {

    private final Map<Object, Object> entries;

    public AggregateCache(long maximum) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > maximum;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        if (CachedState.freshRequired()) {
            return null;
        }
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            CachedState.used();
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (entries) {
            return entries.putIfAbsent(key, value) == null;
        }
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** Axon registers listeners only on saga caches; an aggregate cache that silently ignored one would lie. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("the aggregate cache reports no entry events");
    }
}
