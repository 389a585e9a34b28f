package org.gptracker.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the lifecycle CSV of DESIGN §8 into per-project steps: one row per step, a header naming
 * the columns (in any order; absent optional columns are empty). A row that breaks the step rules is an
 * error at its line that keeps its project out; a file that cannot be read at all, or whose CSV syntax is broken
 * anywhere (such a row cannot be tied to its project), fails the import with every syntax error by line.
 */
final class LifecycleCsv {

    static final List<String> COLUMNS = List.of("project", "step", "effectiveDate", "title", "description", "recipients",
            "area", "priorities", "amount", "currency", "donor", "kind", "offer", "outcome", "reason");

    private LifecycleCsv() {
    }

    static FileContent read(InputStream in) {
        Reader utf8 = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            return read(new CsvReader(withoutByteOrderMark(utf8)));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read: " + e.getMessage(), e);
        }
    }

    private static FileContent read(CsvReader csv) throws IOException {
        CsvReader.CsvRecord header = csv.next();
        if (!csv.syntaxErrors().isEmpty()) {
            refuseBrokenSyntax(csv);
        }
        if (header == null) {
            throw new UnreadableFileException("the file is empty; it needs a header row: " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = columns(header);
        FileContent content = new FileContent();
        for (CsvReader.CsvRecord record = csv.next(); record != null; record = csv.next()) {
            content.countRows(1);
            read(record, header.fields().size(), columns, content);
        }
        if (!csv.syntaxErrors().isEmpty()) {
            refuseBrokenSyntax(csv);
        }
        return content;
    }

    /** Reads to the end so that every syntax error is named, then refuses the file. */
    private static void refuseBrokenSyntax(CsvReader csv) throws IOException {
        while (csv.next() != null) {
            // only the errors are wanted
        }
        throw new UnreadableFileException(String.join("; ", csv.syntaxErrors()));
    }

    private static void read(CsvReader.CsvRecord record, int width, Map<String, Integer> columns, FileContent content) {
        Row row = new Row(record.fields(), columns);
        String reference = row.get("project");
        if (reference == null) {
            content.loose(record.line(), "the row names no project");
            return;
        }
        ProjectSteps project = content.project(reference, LifecycleCsv::projectId);
        project.countRows(1);
        if (record.fields().size() != width) {
            project.unreadable(record.line(), "the row has " + record.fields().size() + " fields; the header has " + width);
        } else {
            step(record.line(), row, project);
        }
    }

    private static void step(int line, Row row, ProjectSteps project) {
        String step = row.get("step");
        StepKind kind;
        try {
            kind = StepKind.valueOf(step == null ? "" : step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            project.unreadable(line, "step " + (step == null ? "is missing" : "'" + step + "' is unknown")
                    + "; use one of " + Arrays.toString(StepKind.values()));
            return;
        }
        project.add(new Step(line, kind, row.get("effectiveDate"), row.get("title"), row.get("description"),
                row.list("recipients"), row.get("area"), row.list("priorities"), row.get("amount"), row.get("currency"),
                row.get("donor"), row.get("kind"), row.get("offer"), row.get("outcome"), row.get("reason")));
    }

    /** The project id of DESIGN §8: the reference itself when it is a UUID, else a name-based UUID of {@code csv:<reference>}. */
    static String projectId(String reference) {
        return Ids.uuid(reference).orElseGet(() -> Ids.named("csv:" + reference));
    }

    private static Map<String, Integer> columns(CsvReader.CsvRecord header) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            String column = known.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new UnreadableFileException("line " + header.line() + ": '" + names.get(i) + "' is not a column; the columns are "
                        + String.join(",", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw new UnreadableFileException("line " + header.line() + ": column " + column + " appears twice");
            }
        }
        if (!columns.containsKey("project") || !columns.containsKey("step")) {
            throw new UnreadableFileException("line " + header.line() + ": the header needs at least the columns project and step; "
                    + "the columns are " + String.join(",", COLUMNS));
        }
        return columns;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** A record's fields by column name, stripped, empty ones absent. */
    private record Row(List<String> fields, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** A {@code ;}-separated list; an empty element is kept (as "") so the request rules name it. */
        List<String> list(String column) {
            String value = get(column);
            return value == null ? null : Arrays.stream(value.split(";", -1)).map(String::strip).toList();
        }
    }
}
