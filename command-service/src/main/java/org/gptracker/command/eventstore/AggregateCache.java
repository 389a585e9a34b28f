package org.gptracker.command.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentMap;

/**
 * Axon's aggregate cache for this instance: the most recently used aggregates, at most {@code maximum}, so a
 * command on a known aggregate neither reads nor replays its events. Safe across instances as docs/decisions/0030
 * says; a command marked {@link CachedState#FRESH} never gets an entry from here.
 */
public final class AggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    public AggregateCache(long maximum) {
        this.entries = Caffeine.newBuilder().maximumSize(maximum).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        if (CachedState.freshRequired()) {
            return null;
        }
        Object value = entries.get(key);
        if (value != null) {
            CachedState.used();
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Axon registers listeners only on saga caches; an aggregate cache that silently ignored one would lie. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("the aggregate cache reports no entry events");
    }
}
