package vn.greenzone.platform;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small bounded in-memory cache of rows that rarely change, read on hot paths (a venue's poster state,
 * the holder of an API token), kept right on every node by {@link ClusterInvalidations}: the owner
 * subscribes to its topic and evicts what a notice names. It answers from memory only while the node
 * hears every change; a value loaded while an invalidation went by is not kept, so a change is never
 * hidden by a read that started before it. {@code timeToLive} only bounds how long a value lives.
 */
public final class StableCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final ClusterInvalidations invalidations;
    private final int maxEntries;
    private final long timeToLiveNanos;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public StableCache(ClusterInvalidations invalidations, int maxEntries, Duration timeToLive) {
        this.invalidations = invalidations;
        this.maxEntries = maxEntries;
        this.timeToLiveNanos = timeToLive.toNanos();
        invalidations.onReset(entries::clear);
    }

    /** The cached value, else {@code loader}'s; a null from the loader (nothing there) is never kept. */
    public V get(K key, Function<? super K, ? extends V> loader) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0 && invalidations.listening()) {
            return entry.value();
        }
        long generation = invalidations.generation();
        V value = loader.apply(key);
        if (value != null && invalidations.listening()) {
            makeRoom();
            Entry<V> loaded = new Entry<>(value, now + timeToLiveNanos);
            entries.put(key, loaded);
            // An invalidation between the read and now may concern this value: drop it rather than guess.
            if (invalidations.generation() != generation) {
                entries.remove(key, loaded);
            }
        }
        return value;
    }

    public void evict(K key) {
        entries.remove(key);
    }

    public void evictIf(Predicate<? super V> stale) {
        entries.values().removeIf(entry -> stale.test(entry.value()));
    }

    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    /** Bounded: when full, drops the expired entries and then about a tenth of the others, whichever come first. */
    private void makeRoom() {
        if (entries.size() < maxEntries) {
            return;
        }
        long now = System.nanoTime();
        entries.values().removeIf(entry -> now - entry.expiresAt() >= 0);
        Iterator<K> keys = entries.keySet().iterator();
        for (int drop = entries.size() - maxEntries * 9 / 10; drop > 0 && keys.hasNext(); drop--) {
            keys.next();
            keys.remove();
        }
    }
}
