// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write would have replaced something that is not an ordinary file — a device such as {@code /dev/full},
 * a FIFO, a socket or a folder — which the atlas leaves as it is.
 */
public final class NotAFileException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /** What stands at the path instead of a file. */
    public enum Kind {
        DEVICE, FIFO, SOCKET, FOLDER, SPECIAL;

        /** Read from the file type bits of the POSIX mode where the platform gives them. */
        static Kind of(Path path) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return FOLDER;
            }
            try {
                int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
                return switch (type) {
                    case 0020000, 0060000 -> DEVICE;
                    case 0010000 -> FIFO;
                    case 0140000 -> SOCKET;
                    default -> SPECIAL;
                };
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                return SPECIAL;
            }
        }
    }

    private final Kind kind;
    private final String resolved;

    NotAFileException(Path target, Path resolved, Kind kind) {
        super(target.toString(), null, "not an ordinary file but a " + kind.name().toLowerCase(Locale.ROOT));
        this.kind = kind;
        this.resolved = resolved.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The path that is not a file: the target itself, or where its symbolic links lead. */
    public String resolved() {
        return resolved;
    }
}
