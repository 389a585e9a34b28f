package org.gptracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers shared by the embedded servers, the local stack and tests. */
public final class Ports {

    static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that is free on 127.0.0.1 right now (another process may still take it before it is used). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on " + LOOPBACK, e);
        }
    }

    /** {@link #free()} for 0, else the given port after checking that nothing listens on it. */
    public static int resolve(int port, String usedFor) {
        if (port == 0) {
            return free();
        }
        requireAvailable(port, usedFor);
        return port;
    }

    /**
     * Fails fast with a readable message instead of letting a server die half-started
     * (or, for PostgreSQL, connect to whatever other server already listens there).
     */
    public static void requireAvailable(int port, String usedFor) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Invalid port " + port + " for " + usedFor);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
        } catch (IOException e) {
            throw new PortUnavailableException(port, usedFor);
        }
    }
}
