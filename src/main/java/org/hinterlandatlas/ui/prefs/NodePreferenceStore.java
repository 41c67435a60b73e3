// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The user's preferences node of the atlas (on Linux, a file under ~/.java/.userPrefs). */
public final class NodePreferenceStore implements PreferenceStore {

    private final Preferences node;

    public NodePreferenceStore(Preferences node) {
        this.node = node;
    }

    /** The atlas's node, the one it has kept the language in since the first version. */
    public static NodePreferenceStore user() {
        return new NodePreferenceStore(Preferences.userRoot().node("org/hinterlandatlas"));
    }

    @Override
    public Map<String, String> read() throws StoreException {
        try {
            node.sync();
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : node.keys()) {
                String value = node.get(key, null);
                if (value != null) {
                    values.put(key, value);
                }
            }
            return values;
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public void write(Map<String, String> values) throws StoreException {
        try {
            node.clear();
            values.forEach(node::put);
            node.flush();
        } catch (BackingStoreException | IllegalStateException | IllegalArgumentException | SecurityException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
