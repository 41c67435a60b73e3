// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all or nothing: into a hidden temporary file beside the target, which is forced to the disk
 * and only then replaces the target, so that even a power cut leaves the old file or the new one, never half
 * of one. A failure or a cancellation deletes the temporary file and leaves any existing target as it was.
 *
 * <p>Only an ordinary file is replaced: a symbolic link is followed and the file it names is written (the
 * link stays), and a device, a FIFO, a socket or a folder is refused with {@link NotAFileException}.
 *
 * <p>The temporary file is locked while it is written. A process killed mid-write cannot delete it, but its
 * lock dies with it: the next write in that folder, or {@link #removeStale}, deletes every temporary file of
 * this naming that nobody holds. Temporary names are short (26 bytes), so a target's name may use all that
 * the file system allows.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String TEMP_PREFIX = ".hatlas-";
    static final String TEMP_SUFFIX = ".part";
    /** Symbolic links followed before giving up, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;
    /** Our own temporary files being written now: their locks are this JVM's, which another channel would release. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path destination = destination(target);
        Path folder = destination.getParent();
        removeStale(folder);
        Path temp = folder.resolve(TEMP_PREFIX + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)
                + TEMP_SUFFIX);
        WRITING.add(temp);
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), privateFile(folder))) {
                // held until the file is in place, so that a clean-up elsewhere leaves a live write alone
                FileLock lock = channel.lock();
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
                keepOrOpenPermissions(temp, destination);
                // the target may have been swapped for something else while the content was written
                destination(destination);
                move(temp, destination);
                done = true;
                lock.release();
            }
            forceFolder(folder);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
            WRITING.remove(temp);
        }
    }

    /**
     * The file a write to {@code target} replaces: the target, or the end of its chain of symbolic links.
     * Refused when that is anything but an ordinary file or a name not taken yet.
     */
    public static Path destination(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemLoopException(target.toString());
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path));
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotAFileException(target, path, NotAFileException.Kind.of(path));
        }
        return path;
    }

    /**
     * Deletes the temporary files of this naming in {@code folder} that no live write holds: what a killed
     * atlas left behind. Anything else, and anything that cannot be checked, is left alone.
     */
    public static void removeStale(Path folder) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (!WRITING.contains(temp) && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    removeIfUnheld(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed has nothing we could remove
        }
    }

    private static void removeIfUnheld(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.delete(temp);
                lock.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            // gone already, not ours to open, or held: left alone
        }
    }

    private static FileAttribute<?>[] privateFile(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /**
     * A temporary file is private to its owner; the figure gets the permissions of the file it replaces, or
     * those of an ordinary new document (owner writes, everyone reads).
     */
    private static void keepOrOpenPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Makes the rename itself durable; where a folder cannot be opened for this (Windows), the move stands as is. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform: the file itself is on the disk already
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
