package org.gptracker.localstack;

import com.sun.net.httpserver.HttpServer;
import sun.misc.Signal;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stands in for a Spring Boot service in {@link ServiceProcessTest}: serves {@code /actuator/health} on
 * {@code --server.port}, after {@code --delay-ms}; {@code --fail} exits at startup, {@code --ignore-sigterm}
 * needs a kill.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        System.out.println("fake service starting on Java " + Runtime.version() + " with JVM options "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + " and arguments " + arguments);
        if (arguments.contains("--fail")) {
            System.out.println("APPLICATION FAILED TO START: port already in use");
            System.exit(3);
        }
        if (arguments.contains("--ignore-sigterm")) {
            Signal.handle(new Signal("TERM"), signal -> System.out.println("ignoring SIGTERM"));
        }
        Thread.sleep(Long.parseLong(value(arguments, "--delay-ms", "0")));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(value(arguments, "--server.port", "0"))), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("fake service started");
    }

    private static String value(List<String> arguments, String name, String fallback) {
        return arguments.stream().filter(arg -> arg.startsWith(name + "="))
                .map(arg -> arg.substring(name.length() + 1)).findFirst().orElse(fallback);
    }

    private FakeService() {
    }
}
