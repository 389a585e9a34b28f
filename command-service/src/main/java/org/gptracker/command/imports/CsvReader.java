package org.gptracker.command.imports;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time through Commons CSV (decision 0042), each with the line it starts on.
 * Wholly empty lines are skipped but counted. A syntax error (a quote never closed, text after a closing quote)
 * is kept with its line in {@link #syntaxErrors()} and its record is left out.
 */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> syntaxErrors = new ArrayList<>();
    private boolean restOfABrokenLine;

    CsvReader(Reader in) throws IOException {
        this.parser = FORMAT.parse(in);
        this.records = parser.iterator();
    }

    /** The next record that is neither empty nor broken, or null at the end of the input. */
    CsvRecord next() throws IOException {
        while (true) {
            // before a record the parser has counted the line breaks of all lines before it
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                record = records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException broken)) {
                    throw e.getCause();
                }
                syntaxError(line, broken);
                continue;
            }
            if (record == null) {
                return null;
            }
            if (restOfABrokenLine) {
                // after text following a closing quote the parser goes on mid-line: what it reads next is that line's rest
                restOfABrokenLine = false;
                continue;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new CsvRecord(line, record.toList());
        }
    }

    /** Each syntax error with its line, in file order. */
    List<String> syntaxErrors() {
        return syntaxErrors;
    }

    private void syntaxError(int recordLine, CSVException e) {
        // CSVException carries no line of its own and no kind; only its message tells an unclosed quote (read to EOF) apart
        if (e.getMessage() != null && e.getMessage().contains("EOF reached before encapsulated token finished")) {
            syntaxErrors.add("line " + recordLine + ": a quoted field is never closed");
            return;
        }
        // mid-line, the parser's line number is the line it stopped on
        String error = "line " + parser.getCurrentLineNumber() + ": a quoted field has text after its closing quote";
        if (!restOfABrokenLine) {
            syntaxErrors.add(error);
        }
        restOfABrokenLine = true;
    }

    /** One record: the line it starts on and its fields. */
    record CsvRecord(int line, List<String> fields) {
    }
}
