// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe cache that forgets its least recently used entries once their weight passes a bound: the
 * bytes of its values (the tiles of the tile service, the label halos of the painter), so that every cache
 * of the atlas is bounded in memory, whatever the values' sizes.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final long maxWeight;
    private final ToLongFunction<V> weight;
    private long totalWeight;

    /** A cache whose values weigh {@code weight} each, holding at most {@code maxWeight} in all. */
    public LruCache(long maxWeight, ToLongFunction<V> weight) {
        this.maxWeight = maxWeight;
        this.weight = weight;
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        V replaced = entries.put(key, value);
        if (replaced != null) {
            totalWeight -= weight.applyAsLong(replaced);
        }
        totalWeight += weight.applyAsLong(value);
        evict();
    }

    public synchronized V computeIfAbsent(K key, Function<K, V> compute) {
        V value = entries.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    /** The most it holds before it forgets. */
    public long maxWeight() {
        return maxWeight;
    }

    /** The weight of everything held now. */
    public synchronized long weight() {
        return totalWeight;
    }

    private void evict() {
        Iterator<V> eldest = entries.values().iterator();
        while (totalWeight > maxWeight && eldest.hasNext()) {
            totalWeight -= weight.applyAsLong(eldest.next());
            eldest.remove();
        }
    }
}
