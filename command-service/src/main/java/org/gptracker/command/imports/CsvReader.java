package org.gptracker.command.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time: fields separated by commas, records by CRLF or LF, a field
 * in double quotes may hold commas, line breaks and doubled quotes. Each record knows the line it
 * starts on. A quote that is never closed makes the rest of the file unreadable
 * ({@link UnreadableFileException}); text after a closing quote makes only its record bad.
 */
final class CsvReader {

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** A record, or null at the end of the input; wholly empty lines are skipped. */
    CsvRecord next() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return record();
        }
    }

    private CsvRecord record() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        String problem = null;
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                quoted(field, line);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != END) {
                    if (problem == null) {
                        problem = "field " + (fields.size() + 1) + " has text after its closing quote";
                    }
                    while (c != ',' && c != '\n' && c != '\r' && c != END) {
                        c = read();
                    }
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == END) {
                fields.add(field.toString());
                if (c == '\r') {
                    int lf = read();
                    if (lf != '\n') {
                        unread(lf);
                    }
                }
                if (c != END) {
                    line++;
                }
                return new CsvRecord(start, fields, problem);
            } else {
                field.append((char) c);
            }
        }
    }

    /** Reads a quoted field's content up to its closing quote. */
    private void quoted(StringBuilder field, int quoteLine) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new UnreadableFileException("line " + quoteLine + ": a quoted field is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                unread(next);
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** One record: the line it starts on, its fields, and why it is malformed (null when it is not). */
    record CsvRecord(int line, List<String> fields, String problem) {
    }
}
