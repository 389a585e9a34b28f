package org.gptracker.command.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of PostgreSQL that a test can cut — every open connection closed,
 * new ones refused because nothing listens on its port — and restore on the same port.
 */
final class PostgresProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    private PostgresProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    static PostgresProxy to(String host, int port) {
        try {
            return new PostgresProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the proxy's port", e);
        }
    }

    int port() {
        return port;
    }

    synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        sockets.forEach(PostgresProxy::closeQuietly);
        sockets.clear();
    }

    synchronized void restore() {
        if (listener == null) {
            try {
                listener = listen(port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on port " + port + " again", e);
            }
        }
    }

    @Override
    public void close() {
        cut();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        daemon("postgres-proxy-accept-" + server.getLocalPort(), () -> accept(server));
        return server;
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                bridge(server, server.accept());
            } catch (IOException e) {
                // the listener was closed by cut()
            }
        }
    }

    private void bridge(ServerSocket server, Socket client) {
        Socket database = new Socket();
        sockets.add(client);
        sockets.add(database);
        try {
            if (server.isClosed()) {
                throw new IOException("cut while connecting");
            }
            database.connect(target, 2000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(database);
            return;
        }
        daemon("postgres-proxy-up", () -> pump(client, database));
        daemon("postgres-proxy-down", () -> pump(database, client));
    }

    /** Copies one direction until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // closing is all we wanted
        }
    }
}
