// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.util.LinkedHashMap;
import java.util.Map;

/** Preferences in a map, for tests; it can be told to fail as an unreadable or unwritable store does. */
final class MemoryPreferenceStore implements PreferenceStore {

    final Map<String, String> values = new LinkedHashMap<>();
    boolean unreadable;
    boolean unwritable;

    @Override
    public Map<String, String> read() throws StoreException {
        if (unreadable) {
            throw new StoreException("permission denied", null);
        }
        return Map.copyOf(values);
    }

    @Override
    public void write(Map<String, String> written) throws StoreException {
        if (unwritable) {
            throw new StoreException("read-only file system", null);
        }
        values.clear();
        values.putAll(written);
    }
}
