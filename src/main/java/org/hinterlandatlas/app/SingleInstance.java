// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One atlas per user: the first one holds a lock file and listens on a loopback port (127.0.0.1 only)
 * whose number and a random token it writes beside the lock; a second one finds the lock held, sends the
 * token and a request to come to the front, and ends. The operating system releases the lock when a
 * process dies, so a crash never blocks the next start.
 */
final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final String LOCK_FILE = "instance.lock";
    private static final String PORT_FILE = "instance.port";
    private static final String REQUEST = "to-front ";
    private static final String ANSWER = "ok";
    private static final int ANSWER_TIMEOUT_MS = 3000;

    /** What claiming found. */
    sealed interface Outcome {
    }

    /** This is the only atlas running; it now answers later ones until closed. */
    record First(SingleInstance instance) implements Outcome {
    }

    /** Another atlas is running and was asked to come to the front. */
    record Signalled() implements Outcome {
    }

    /** Another atlas holds the lock but did not answer (it may be starting or stuck). */
    record NotAnswering(String reason) implements Outcome {
    }

    /** The lock folder cannot be used, so nothing can tell whether another atlas runs. */
    record Unavailable(String reason) implements Outcome {
    }

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private volatile Runnable toFront = () -> { };

    private SingleInstance(Path folder, FileChannel lockChannel, FileLock lock, ServerSocket server, String token) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
    }

    /** Becomes the first atlas in {@code folder}, or asks the one that already is to come to the front. */
    static Outcome claim(Path folder) {
        FileChannel channel;
        FileLock lock;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return new Unavailable("cannot use the folder " + folder + ": " + e);
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unavailable("cannot lock " + folder.resolve(LOCK_FILE) + ": " + e);
        }
        if (lock == null) {
            closeQuietly(channel);
            return signalRunning(folder);
        }
        try {
            return new First(listen(folder, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unavailable("cannot listen for a second start in " + folder + ": " + e);
        }
    }

    /** What to do when a later atlas asks this one to come to the front; called on a background thread. */
    void onToFront(Runnable action) {
        toFront = action;
    }

    private static SingleInstance listen(Path folder, FileChannel channel, FileLock lock) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try {
            writePrivately(folder.resolve(PORT_FILE), server.getLocalPort() + " " + token + "\n");
        } catch (IOException e) {
            server.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(folder, channel, lock, server, token);
        Thread listener = new Thread(instance::answer, "single-instance");
        listener.setDaemon(true);
        listener.start();
        return instance;
    }

    /** Written whole or not at all, readable by its owner only: the token is what proves a request is ours. */
    private static void writePrivately(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), PORT_FILE, ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void answer() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(ANSWER_TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                if ((REQUEST + token).equals(in.readLine())) {
                    toFront.run();
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
                    out.write(ANSWER + "\n");
                    out.flush();
                }
            } catch (SocketException closed) {
                // close() ends the loop
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "A request from a second start of the atlas failed", e);
            }
        }
    }

    private static Outcome signalRunning(Path folder) {
        String[] portAndToken;
        try {
            portAndToken = Files.readString(folder.resolve(PORT_FILE), StandardCharsets.US_ASCII).trim().split(" ");
        } catch (NoSuchFileException e) {
            return new NotAnswering("it has not yet written " + folder.resolve(PORT_FILE));
        } catch (IOException e) {
            return new NotAnswering("cannot read " + folder.resolve(PORT_FILE) + ": " + e);
        }
        if (portAndToken.length != 2 || !portAndToken[0].matches("\\d{1,5}")) {
            return new NotAnswering(folder.resolve(PORT_FILE) + " is not a port and a token");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])),
                    ANSWER_TIMEOUT_MS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            out.write(REQUEST + portAndToken[1] + "\n");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return ANSWER.equals(answer) ? new Signalled() : new NotAnswering("it refused the request on port " + portAndToken[0] + " (the token did not match)");
        } catch (IOException e) {
            return new NotAnswering("it did not answer on port " + portAndToken[0] + ": " + e.getMessage());
        }
    }

    /**
     * Where this user's atlases meet: a per-user folder that is not shared with other users (the runtime
     * folder on Linux when there is one, which the system empties at logout).
     */
    static Path folderForThisUser() {
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("Windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("HinterlandAtlas");
        }
        if (os.startsWith("Mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("HinterlandAtlas");
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return (runtime == null || runtime.isBlank() ? home.resolve(".local").resolve("state") : Path.of(runtime))
                .resolve("hinterland-atlas");
    }

    @Override
    public void close() {
        closeQuietly(server);
        try {
            Files.deleteIfExists(folder.resolve(PORT_FILE));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Removing " + folder.resolve(PORT_FILE), e);
        }
        closeQuietly(lock);
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing " + closeable, e);
        }
    }
}
