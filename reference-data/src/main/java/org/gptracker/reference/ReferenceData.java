package org.gptracker.reference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The partnership's members, presidencies and known priorities, as shipped in
 * {@code gp/reference/*.v1.csv}: what the demo records before its portfolio, and what the benchmark
 * generator's projects assume.
 */
public record ReferenceData(List<Member> members, List<Presidency> presidencies, List<Priority> priorities) {

    public static final String VERSION = "v1";

    /** RFC 4180, the first record a header, empty lines ignored. */
    private static final CSVFormat FILE = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    /** @param suspendedOn null for a member in good standing ever since its admission */
    public record Member(String code, String name, LocalDate admittedOn, LocalDate suspendedOn, String suspensionReason) {

        public boolean inGoodStandingOn(LocalDate day) {
            return !admittedOn.isAfter(day) && (suspendedOn == null || day.isBefore(suspendedOn));
        }
    }

    /** @param handedOverTo the member chairing from {@code handedOverOn}, or null */
    public record Presidency(int year, String chair, LocalDate startsOn, LocalDate endsOn, String handedOverTo,
                             LocalDate handedOverOn) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    public record Priority(int year, String code, String title) {
    }

    public static ReferenceData shipped() {
        return new ReferenceData(
                read("members", row -> new Member(row.get(0), row.get(1), date(row.get(2)), date(row.get(3)), text(row.get(4)))),
                read("presidencies", row -> new Presidency(Integer.parseInt(row.get(0)), row.get(1), date(row.get(2)),
                        date(row.get(3)), text(row.get(4)), date(row.get(5)))),
                read("priorities", row -> new Priority(Integer.parseInt(row.get(0)), row.get(1), row.get(2))));
    }

    public List<Priority> prioritiesOf(int year) {
        return priorities.stream().filter(priority -> priority.year() == year).toList();
    }

    /** The presidency whose window holds {@code day}, if any (windows do not overlap). */
    public Optional<Presidency> presidencyOn(LocalDate day) {
        return presidencies.stream().filter(presidency -> presidency.holds(day)).findFirst();
    }

    public boolean inGoodStanding(String member, LocalDate day) {
        return members.stream().anyMatch(m -> m.code().equals(member) && m.inGoodStandingOn(day));
    }

    private static <T> List<T> read(String name, Function<List<String>, T> row) {
        String resource = "/gp/reference/" + name + "." + VERSION + ".csv";
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the reference-data jar");
            }
            try (CSVParser records = FILE.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return records.stream().map(CSVRecord::toList).filter(record -> !record.get(0).isBlank()).map(row).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
