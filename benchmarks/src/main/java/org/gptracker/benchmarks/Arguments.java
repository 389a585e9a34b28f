package org.gptracker.benchmarks;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code --name value} options of a subcommand; an option nobody asked for is an error, not a silent no-op. */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new TreeSet<>();

    Arguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --name value, got '" + name + "'");
            }
            values.put(name.substring(2), args.get(++i));
        }
    }

    String text(String name, String fallback) {
        used.add(name);
        return values.getOrDefault(name, fallback);
    }

    long number(String name, long fallback) {
        String value = text(name, null);
        try {
            return value == null ? fallback : Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, not '" + value + "'");
        }
    }

    int count(String name, int fallback) {
        long value = number(name, fallback);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return (int) value;
    }

    URI uri(String name, String fallback) {
        return URI.create(text(name, fallback));
    }

    /** Call once every option has been read. */
    void refuseUnknown() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
        }
    }
}
