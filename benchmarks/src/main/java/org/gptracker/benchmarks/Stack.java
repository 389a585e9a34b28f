package org.gptracker.benchmarks;

import java.net.URI;

/** Where the system under test runs; the defaults are those of {@code ./run-local}. */
record Stack(URI commandUrl, URI queryUrl, String postgresHostPort, String user, String password, String token) {

    static Stack from(Arguments args) {
        return new Stack(
                args.uri("command-url", "http://127.0.0.1:8081"),
                args.uri("query-url", "http://127.0.0.1:8082"),
                args.text("postgres", "127.0.0.1:15432"),
                args.text("db-user", "postgres"),
                args.text("db-password", "postgres"),
                args.text("token", null));
    }

    String commandJdbcUrl() {
        return "jdbc:postgresql://" + postgresHostPort + "/gp_command?reWriteBatchedInserts=true";
    }

    String queryJdbcUrl() {
        return "jdbc:postgresql://" + postgresHostPort + "/gp_query";
    }
}
