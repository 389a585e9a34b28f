package org.gptracker.localstack;

import org.gptracker.localstack.demo.ImportClient;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./run-local import FILE [--command-port N]}: a lifecycle CSV or an IATI 2.03 XML file into
 * a running stack. It acts as the secretariat: with {@code GP_TOKEN} set it sends that token, else
 * it mints one from the local stack's {@code /dev/tokens}.
 */
final class ImportCommand {

    static final String USAGE = "Usage: ./run-local import FILE [--command-port N]   (FILE: lifecycle .csv or IATI .xml)";

    private ImportCommand() {
    }

    /** The process exit code: 0 when every row went in, 1 when some were refused, 2 for a usage or connection problem. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        int port = LocalStackOptions.defaults().commandPort();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--command-port") && i + 1 < args.length) {
                    port = Integer.parseInt(args[++i]);
                } else if (args[i].startsWith("--command-port=")) {
                    port = Integer.parseInt(args[i].substring("--command-port=".length()));
                } else if (file == null && !args[i].startsWith("--")) {
                    file = Path.of(args[i]);
                } else {
                    throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("Which file?");
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + " is not a file");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        URI command = URI.create("http://127.0.0.1:" + port);
        try {
            String token = System.getenv("GP_TOKEN");
            if (token == null || token.isBlank()) {
                token = new LocalTokens(command.resolve("/dev/tokens")).mint("{\"sub\":\"local-import\",\"roles\":[\"SECRETARIAT\"]}");
            }
            String name = file.getFileName().toString().toLowerCase();
            String contentType = name.endsWith(".xml") ? "application/xml" : "text/csv";
            boolean clean = ImportClient.importFile(command, token, file.getFileName().toString(), contentType,
                    Files.readAllBytes(file), out);
            return clean ? 0 : 1;
        } catch (LocalStackException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Could not read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
