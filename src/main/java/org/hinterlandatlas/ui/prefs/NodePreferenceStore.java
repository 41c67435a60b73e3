// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's preferences node of the atlas (on Linux, a file under ~/.java/.userPrefs). The JDK reports a
 * damaged file only in its log, after renaming it aside and reading nothing; this store listens to that log
 * while it reads, and says so with a {@link DamagedStoreException}.
 */
public final class NodePreferenceStore implements PreferenceStore {

    /** The logger, message and file name of java.util.prefs.FileSystemPreferences when a file is damaged. */
    private static final String JDK_LOGGER = "java.util.prefs";
    private static final String DAMAGED = "Invalid preferences format in ";
    private static final String PUT_ASIDE = "IncorrectFormatPrefs.xml";

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
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord logged) {
                if (logged.getLevel().intValue() >= Level.WARNING.intValue() && logged.getMessage() != null) {
                    warnings.add(logged.getMessage());
                }
            }

            @Override
            public void flush() {
                // nothing is buffered
            }

            @Override
            public void close() {
                // nothing is held
            }
        };
        Logger jdk = Logger.getLogger(JDK_LOGGER);
        jdk.addHandler(listener);
        try {
            node.sync();
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : node.keys()) {
                String value = node.get(key, null);
                if (value != null) {
                    values.put(key, value);
                }
            }
            // the JDK's timer may sync other nodes meanwhile: only this node's own file counts
            String ownFile = node.absolutePath() + "/prefs.xml";
            for (String warning : warnings) {
                if (warning.startsWith(DAMAGED) && warning.replace('\\', '/').endsWith(ownFile)) {
                    String file = warning.substring(DAMAGED.length()).strip();
                    throw new DamagedStoreException(file, Path.of(file).resolveSibling(PUT_ASIDE).toString());
                }
            }
            return values;
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            throw new StoreException(e.getMessage(), e);
        } finally {
            jdk.removeHandler(listener);
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
