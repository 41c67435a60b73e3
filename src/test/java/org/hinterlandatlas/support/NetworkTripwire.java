// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records every attempt of Java code in this JVM to reach the network, with where it came from, without the
 * Security Manager (deprecated, refused by newer JDKs). The JDK's default proxy selector is asked about every
 * {@link Socket} connection (as {@code socket://host:port}) and every URL connection, so a recording one sees
 * them all and can be put back afterwards. For a JVM that runs nothing else, {@link #forWholeJvm()} also makes
 * every {@link Socket} and {@link ServerSocket} refuse to connect or listen; those factories can be set once
 * per JVM and never removed. NIO channels and datagrams are not seen: the system-call trace of
 * {@code NoNetworkSessionFlowTest} is the proof that covers them (docs/decisions/0081).
 */
public final class NetworkTripwire implements AutoCloseable {

    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final ProxySelector previous;

    private NetworkTripwire() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new Recording(previous));
    }

    /** Watches this JVM's connections until closed; they still go through, to be reported afterwards. */
    public static NetworkTripwire watch() {
        return new NetworkTripwire();
    }

    /**
     * Watches every connection and refuses every socket of this JVM for good: for a process of its own, which
     * must reach nothing, not even a loopback port.
     */
    @SuppressWarnings("deprecation") // deprecated since 17, not for removal: still the only JVM-wide socket hook
    public static NetworkTripwire forWholeJvm() throws IOException {
        NetworkTripwire tripwire = new NetworkTripwire();
        Socket.setSocketImplFactory(() -> tripwire.new RefusingSocketImpl("a socket"));
        ServerSocket.setSocketFactory(() -> tripwire.new RefusingSocketImpl("a server socket"));
        return tripwire;
    }

    /** Each attempt: what was asked for, then the stack that asked. */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void close() {
        ProxySelector.setDefault(previous);
    }

    private void record(String what) {
        String stack = Arrays.stream(new Throwable().getStackTrace()).skip(2).limit(25)
                .map(frame -> "\n    at " + frame).collect(Collectors.joining());
        attempts.add(what + stack);
    }

    /** Says "no proxy" after noting the address, so the connection is made as it would be and told afterwards. */
    private final class Recording extends ProxySelector {

        private final ProxySelector next;

        Recording(ProxySelector next) {
            this.next = next;
        }

        @Override
        public List<Proxy> select(URI uri) {
            record("connect to " + uri);
            return next == null ? List.of(Proxy.NO_PROXY) : next.select(uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            if (next != null) {
                next.connectFailed(uri, address, e);
            }
        }
    }

    /** A socket that can be made but never connects, binds or listens: each attempt is recorded and refused. */
    private final class RefusingSocketImpl extends SocketImpl {

        private final String kind;

        RefusingSocketImpl(String kind) {
            this.kind = kind;
        }

        private IOException refused(String what) {
            record(kind + ": " + what);
            return new ConnectException("no network in this session: " + what);
        }

        @Override
        protected void create(boolean stream) {
            // Making the object reaches nothing; only using it would.
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            throw refused("connect to " + host + ":" + port);
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            throw refused("connect to " + address + ":" + port);
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            throw refused("connect to " + address);
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            throw refused("bind to " + host + ":" + port);
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw refused("listen");
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw refused("accept");
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw refused("read");
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw refused("write");
        }

        @Override
        protected int available() {
            return 0;
        }

        @Override
        protected void close() {
            // Nothing was opened.
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw refused("send");
        }

        @Override
        public void setOption(int optID, Object value) throws SocketException {
            // Options of a socket that never opens change nothing.
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }

        @Override
        protected <T> void setOption(SocketOption<T> name, T value) {
            // As above.
        }
    }
}
