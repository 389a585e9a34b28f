package org.gptracker.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The series of one scrape of {@code /actuator/prometheus} (text exposition format 0.0.4): each sample's
 * metric name, labels and value, so a test can ask for exactly the series it means.
 */
public final class PrometheusScrape {

    /** One sample line: {@code name{label="value",...} 1.0}. */
    public record Series(String name, Map<String, String> labels, double value) {
    }

    private final List<Series> series;

    private PrometheusScrape(List<Series> series) {
        this.series = series;
    }

    public static PrometheusScrape parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                series.add(sample(line.strip()));
            }
        }
        return new PrometheusScrape(series);
    }

    public List<Series> series() {
        return series;
    }

    /** Every series of the metric. */
    public List<Series> of(String name) {
        return series.stream().filter(found -> found.name().equals(name)).toList();
    }

    /** The value of the series whose labels include all of {@code labels}, summed when several do; 0 when none does. */
    public double sum(String name, Map<String, String> labels) {
        return sum(name, found -> found.labels().entrySet().containsAll(labels.entrySet()));
    }

    public double sum(String name, Predicate<Series> which) {
        return of(name).stream().filter(which).mapToDouble(Series::value).sum();
    }

    private static Series sample(String line) {
        int braces = line.indexOf('{');
        int space = line.indexOf(' ');
        if (braces < 0 || braces > space) {
            return new Series(line.substring(0, space), Map.of(), value(line.substring(space + 1)));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int at = braces + 1;
        while (line.charAt(at) != '}') {
            int equals = line.indexOf('=', at);
            String label = line.substring(at, equals);
            StringBuilder value = new StringBuilder();
            at = equals + 2; // past ="
            for (char c = line.charAt(at); c != '"'; c = line.charAt(++at)) {
                if (c == '\\') {
                    char escaped = line.charAt(++at);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(label, value.toString());
            at++; // past the closing quote
            if (line.charAt(at) == ',') {
                at++;
            }
        }
        return new Series(line.substring(0, braces), labels, value(line.substring(at + 1).strip()));
    }

    private static double value(String text) {
        String number = text.split(" ")[0];
        return switch (number) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(number);
        };
    }
}
