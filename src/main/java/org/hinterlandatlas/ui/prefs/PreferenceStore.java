// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.util.Map;

/**
 * Where the teacher's choices are kept between runs: the user's java.util.prefs node in the atlas, a map in
 * tests. A store that cannot be read or written says so with {@link StoreException}; the atlas then runs on
 * its defaults.
 */
public interface PreferenceStore {

    /** Every key and value stored. */
    Map<String, String> read() throws StoreException;

    /** Replaces what is stored by these values, durably. */
    void write(Map<String, String> values) throws StoreException;

    /** The store cannot be used: unreadable, unwritable or forbidden. */
    class StoreException extends Exception {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The store's file could not be parsed, and the system put it aside (the JDK renames it and reads
     * nothing): the choices in it are lost to this run.
     */
    final class DamagedStoreException extends StoreException {
        private static final long serialVersionUID = 1L;

        private final String file;
        private final String putAside;

        public DamagedStoreException(String file, String putAside) {
            super("the preferences file " + file + " was damaged and put aside as " + putAside, null);
            this.file = file;
            this.putAside = putAside;
        }

        public String file() {
            return file;
        }

        /** Where the damaged file now is, so that a teacher or an administrator can look at it. */
        public String putAside() {
            return putAside;
        }
    }
}
