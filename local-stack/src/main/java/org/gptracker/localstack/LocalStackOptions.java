package org.gptracker.localstack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@code ./run-local}. */
record LocalStackOptions(boolean help, boolean fresh, boolean demo, int postgresPort, int kafkaPort, int commandPort,
                         int queryPort) {

    static final String USAGE = """
            Usage: ./run-local [--fresh] [--demo] [--postgres-port N] [--kafka-port N] [--command-port N] [--query-port N]
                   ./run-local import FILE [--command-port N]

            Runs GP Tracker on this machine without Docker: PostgreSQL 17, Kafka (KRaft) and both services.
            Data is kept in .local-data/ between runs; Ctrl-C stops everything.

              --fresh              delete .local-data/ first (all events, read models and logs)
              --demo               load the reference data (members, presidencies 2002-2025) and a demo
                                   portfolio (2023: 319 projects funded across 96 states; 2024) through the
                                   command API once the services are up; safe to repeat
              --postgres-port N    PostgreSQL port (default 15432)
              --kafka-port N       Kafka broker port (default 9092)
              --command-port N     command-service HTTP port (default 8081)
              --query-port N       query-service HTTP port (default 8082)
              --help               show this text

            With LOG_FORMAT=json in the environment both services write their logs (.local-data/logs/) as one
            JSON object per line.

            import FILE sends a lifecycle CSV (.csv) or an IATI 2.03 activity file (.xml) to the running stack's
            POST /api/imports as the secretariat and follows it until it has finished.
            """;

    private static final List<String> PORT_OPTIONS =
            List.of("--postgres-port", "--kafka-port", "--command-port", "--query-port");

    static LocalStackOptions defaults() {
        return new LocalStackOptions(false, false, false, 15432, 9092, 8081, 8082);
    }

    /** Accepts {@code --name value} and {@code --name=value}. */
    static LocalStackOptions parse(String... args) {
        boolean help = false;
        boolean fresh = false;
        boolean demo = false;
        Map<String, Integer> ports = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
            } else if (name.equals("--fresh")) {
                fresh = true;
            } else if (name.equals("--demo")) {
                demo = true;
            } else if (PORT_OPTIONS.contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(name + " needs a port number");
                }
                ports.put(name, port(name, value));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        LocalStackOptions defaults = defaults();
        LocalStackOptions options = new LocalStackOptions(help, fresh, demo,
                ports.getOrDefault("--postgres-port", defaults.postgresPort),
                ports.getOrDefault("--kafka-port", defaults.kafkaPort),
                ports.getOrDefault("--command-port", defaults.commandPort),
                ports.getOrDefault("--query-port", defaults.queryPort));
        options.requireDistinctPorts();
        return options;
    }

    /** A port, what uses it and the option that changes it (for messages about a port that is taken). */
    record PortSetting(String option, String usedFor, int port) {
    }

    List<PortSetting> ports() {
        return List.of(
                new PortSetting("--postgres-port", "PostgreSQL", postgresPort),
                new PortSetting("--kafka-port", "Kafka", kafkaPort),
                new PortSetting("--command-port", "command-service", commandPort),
                new PortSetting("--query-port", "query-service", queryPort));
    }

    private void requireDistinctPorts() {
        if (ports().stream().map(PortSetting::port).distinct().count() < PORT_OPTIONS.size()) {
            throw new IllegalArgumentException("The four ports must differ: PostgreSQL " + postgresPort + ", Kafka "
                    + kafkaPort + ", command-service " + commandPort + ", query-service " + queryPort);
        }
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a port number between 1 and 65535, not '" + value + "'");
    }
}
