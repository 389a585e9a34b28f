package org.gptracker.infra;

/** A port needed by one of the servers is already taken by another process. */
public final class PortUnavailableException extends RuntimeException {

    private final int port;
    private final String usedFor;

    PortUnavailableException(int port, String usedFor) {
        super("Port " + port + " on 127.0.0.1 (" + usedFor + ") is already in use by another process");
        this.port = port;
        this.usedFor = usedFor;
    }

    public int port() {
        return port;
    }

    public String usedFor() {
        return usedFor;
    }
}
