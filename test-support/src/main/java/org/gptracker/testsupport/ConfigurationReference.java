package org.gptracker.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README's configuration reference of one service: every {@code gp.*} property in its configuration metadata
 * ({@code spring-boot-configuration-processor}: {@code @ConfigurationProperties} and their javadoc, plus
 * {@code additional-spring-configuration-metadata.json} for what is read with {@code @Value}), its environment
 * variable, its default (the service's application.yml, else the metadata) and the first clause of its description.
 */
public final class ConfigurationReference {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_MEANING = 50;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(gp\\.[a-z0-9.-]+)");

    /** Paths as Maven runs a module's tests: from the module's directory, the README one level up. */
    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");
    private static final Path README = Path.of("../README.md");

    private ConfigurationReference() {
    }

    /**
     * The table this module's metadata gives, also written to {@code target/configuration-reference.md}; empty when
     * the README's section {@code name} holds exactly it.
     */
    public static Optional<String> readmeMismatch(String name) {
        String generated = table(METADATA, APPLICATION_YML);
        try {
            Files.writeString(Path.of("target/configuration-reference.md"), generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generated.equals(section(README, name)) ? Optional.empty() : Optional.of(generated);
    }

    /** {@code gp.*} placeholders in this module's main sources that its metadata does not describe. */
    public static Set<String> undescribed() {
        return undescribed(Path.of("src/main"), METADATA);
    }

    /** The Markdown table, rows sorted by property. */
    public static String table(Path metadata, Path applicationYml) {
        Map<String, Object> configured = flatten(applicationYml);
        StringBuilder table = new StringBuilder("| property | environment variable | default | meaning |\n|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> property : properties(metadata).entrySet()) {
            JsonNode description = property.getValue();
            String name = property.getKey();
            // what application.yml sets wins: a record component without @DefaultValue shows up as 0 or false
            Object defaultValue = configured.containsKey(name) ? configured.get(name)
                    : description.hasNonNull("defaultValue") ? description.get("defaultValue").asText() : null;
            table.append("| `").append(name).append("` | `").append(environmentVariable(name)).append("` | ")
                    .append(defaultValue == null ? "" : "`" + defaultValue + "`").append(" | ")
                    .append(firstClause(description.path("description").asText(""))).append(" |\n");
        }
        return table.toString();
    }

    /** What the README holds between {@code <!-- configuration:NAME -->} and {@code <!-- /configuration:NAME -->}. */
    public static String section(Path readme, String name) {
        String text = read(readme);
        String start = "<!-- configuration:" + name + " -->\n";
        String end = "<!-- /configuration:" + name + " -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(readme + " has no section " + start.trim() + " … " + end);
        }
        return text.substring(from + start.length(), to);
    }

    /** {@code gp.*} placeholders in the sources under {@code sources} that the metadata does not describe. */
    public static Set<String> undescribed(Path sources, Path metadata) {
        Set<String> described = properties(metadata).keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(java|yml|yaml|properties)$")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(read(file));
                while (placeholder.find()) {
                    String name = placeholder.group(1).replaceAll("\\.$", "");
                    if (described.stream().noneMatch(property -> property.equals(name) || name.startsWith(property + "."))) {
                        missing.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** Spring Boot's canonical form: dots to underscores, dashes dropped, upper case. */
    public static String environmentVariable(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> properties(Path metadata) {
        try {
            Map<String, JsonNode> properties = new TreeMap<>();
            for (JsonNode property : JSON.readTree(metadata.toFile()).path("properties")) {
                String name = property.get("name").asText();
                if (name.startsWith("gp.")) {
                    properties.put(name, property);
                }
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + metadata, e);
        }
    }

    /** The description up to its first semicolon or full stop, without javadoc tags or asides in brackets, at most ~50 characters. */
    private static String firstClause(String description) {
        String text = description.replaceAll("\\{@\\w+ ([^}]*)}", "$1").replaceAll("\\s+", " ")
                .replaceAll(" \\([^)]*\\)", "").replace("|", "\\|").trim();
        Matcher end = Pattern.compile("[.;](\\s|$)").matcher(text);
        String clause = end.find() ? text.substring(0, end.start()) : text;
        if (clause.length() <= LONGEST_MEANING) {
            return clause;
        }
        return clause.substring(0, clause.lastIndexOf(' ', LONGEST_MEANING - 1)) + " …";
    }

    private static Map<String, Object> flatten(Path yml) {
        Map<String, Object> flat = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(yml)) {
            for (Object document : new Yaml().loadAll(reader)) {
                flatten("", document, flat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + yml, e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, inner, flat));
        } else if (value != null) {
            flat.put(prefix, value);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
