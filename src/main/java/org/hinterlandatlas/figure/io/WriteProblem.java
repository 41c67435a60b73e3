// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.util.Locale;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/**
 * What went wrong when a file could not be written, in both languages: a figure, a print pack, a lesson or a
 * table. The caller puts it after the name of the file.
 */
public final class WriteProblem {

    private WriteProblem() {
    }

    public static Bilingual of(IOException e) {
        if (e instanceof NotAFileException special) {
            String kind = "write.kind." + special.kind().name().toLowerCase(Locale.ROOT);
            return Messages.perLanguage("write.error.notAFile", special.resolved(), Messages.bilingual(kind));
        }
        if (e instanceof FileSystemLoopException) {
            return Messages.bilingual("write.error.linkLoop");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.bilingual("figure.error.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            return Messages.bilingual("figure.error.cannotCreate");
        }
        // A file-system exception's message is mostly the path; its reason is what went wrong.
        String message = e instanceof FileSystemException fs ? fs.getReason() : String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("no space left")) {
            return Messages.bilingual("figure.error.diskFull");
        }
        if (message.toLowerCase(Locale.ROOT).contains("file name too long")) {
            return Messages.bilingual("write.error.nameTooLong");
        }
        return Messages.bilingual("figure.error.writeFailed", message);
    }
}
