// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe cache that forgets its least recently used entry once it holds {@code capacity} entries:
 * the label halos of the painter and the tiles of the tile service.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    public LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized V computeIfAbsent(K key, Function<K, V> compute) {
        return entries.computeIfAbsent(key, compute);
    }
}
