// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every attempt to open a network connection in this JVM while installed. Java 17 still allows a
 * security manager at run time, and its connect check sees sockets, URLs and HTTP clients alike.
 */
@SuppressWarnings("removal")
final class ConnectionGuard extends SecurityManager {

    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final SecurityManager previous;

    private ConnectionGuard(SecurityManager previous) {
        this.previous = previous;
    }

    static ConnectionGuard install() {
        ConnectionGuard guard = new ConnectionGuard(System.getSecurityManager());
        System.setSecurityManager(guard);
        return guard;
    }

    void uninstall() {
        System.setSecurityManager(previous);
    }

    List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void checkConnect(String host, int port) {
        attempts.add(host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        attempts.add(host + ":" + port);
    }

    @Override
    public void checkPermission(Permission permission) {
        // Everything else is allowed: the guard only watches.
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // Everything else is allowed: the guard only watches.
    }
}
