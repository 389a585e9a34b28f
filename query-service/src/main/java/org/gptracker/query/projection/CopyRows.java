package org.gptracker.query.projection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, built as UTF-8 bytes and sent in one COPY:
 * what a rebuild writes, without a bind per value. Fields are separated by a tab, rows end with a newline, null is
 * {@code \N}, and a backslash, tab, newline or carriage return in a value is written with a backslash. Values read
 * as the driver would bind them: timestamps to the microsecond rounded half up, amounts as plain decimals, lists as
 * {@code text[]} literals.
 */
public final class CopyRows {

    private static final byte[] NULL = {'\\', 'N'};
    /**
     * The rows are kept in chunks of this size rather than in one array: a batch's rows are megabytes, and an array
     * that large is a humongous object to G1, each of which can start a concurrent collection cycle.
     */
    private static final int CHUNK = 64 * 1024;

    private final List<Chunk> full = new ArrayList<>();
    private byte[] bytes = new byte[8192];
    private int size;
    private boolean rowStarted;
    private int rows;

    private record Chunk(byte[] bytes, int size) {
    }

    public int rows() {
        return rows;
    }

    public CopyRows text(String value) {
        field();
        if (value == null) {
            put(NULL);
        } else {
            escaped(value);
        }
        return this;
    }

    public CopyRows number(long value) {
        field();
        ascii(Long.toString(value));
        return this;
    }

    /** A date, an integer, a UUID or null: their text is their SQL literal. */
    public CopyRows value(Object value) {
        return text(value == null ? null : value.toString());
    }

    public CopyRows amount(BigDecimal amount) {
        return text(amount == null ? null : amount.toPlainString());
    }

    /** As the driver binds an instant: rounded half up to PostgreSQL's microseconds. */
    public CopyRows timestamp(Instant instant) {
        if (instant == null) {
            return text(null);
        }
        Instant micros = instant.getNano() % 1000 >= 500 ? instant.plus(1, ChronoUnit.MICROS) : instant;
        return text(OffsetDateTime.ofInstant(micros.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC).toString());
    }

    /** A {@code text[]}: every element quoted, its quotes and backslashes escaped. */
    public CopyRows texts(List<String> values) {
        StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String value = values.get(i);
            for (int c = 0; c < value.length(); c++) {
                char next = value.charAt(c);
                if (next == '"' || next == '\\') {
                    literal.append('\\');
                }
                literal.append(next);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    public CopyRows endRow() {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        return this;
    }

    /** The rows as text, as COPY reads them. */
    public String asText() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        full.forEach(chunk -> text.write(chunk.bytes(), 0, chunk.size()));
        text.write(bytes, 0, size);
        return text.toString(StandardCharsets.UTF_8);
    }

    /**
     * Sends the rows with {@code copySql} ({@code copy <table> (<columns>) from stdin}) on the connection of the
     * surrounding transaction; nothing when there is no row.
     */
    public void copy(JdbcTemplate jdbc, String copySql) {
        if (rows == 0) {
            return;
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            try {
                for (Chunk chunk : full) {
                    copy.writeToCopy(chunk.bytes(), 0, chunk.size());
                }
                copy.writeToCopy(bytes, 0, size);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    cancelQuietly(copy);
                }
            }
        });
    }

    private static void cancelQuietly(CopyIn copy) {
        try {
            copy.cancelCopy();
        } catch (SQLException alreadyFailed) {
            // the copy's own failure is the one thrown
        }
    }

    private void field() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    /**
     * UTF-8 as Java encodes it (a lone surrogate becomes '?', as the driver would send it), then escaped. Most values
     * need no escape, which the string's own (vectorised) searches tell faster than a look at every byte.
     */
    private void escaped(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            put(utf8);
            return;
        }
        int copied = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte escape = switch (utf8[i]) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (escape != 0) {
                put(utf8, copied, i - copied);
                put2('\\', (char) escape);
                copied = i + 1;
            }
        }
        put(utf8, copied, utf8.length - copied);
    }

    private void ascii(String value) {
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
    }

    private void put2(char first, char second) {
        ensure(2);
        bytes[size++] = (byte) first;
        bytes[size++] = (byte) second;
    }

    private void put(byte value) {
        ensure(1);
        bytes[size++] = value;
    }

    private void put(byte[] values) {
        put(values, 0, values.length);
    }

    private void put(byte[] values, int from, int length) {
        while (length > 0) {
            if (size == bytes.length) {
                ensure(Math.min(length, CHUNK));
            }
            int part = Math.min(length, bytes.length - size);
            System.arraycopy(values, from, bytes, size, part);
            size += part;
            from += part;
            length -= part;
        }
    }

    /** Room for {@code more} bytes (at most a chunk) in the current chunk: it grows up to a chunk, then a new one starts. */
    private void ensure(int more) {
        if (size + more <= bytes.length) {
            return;
        }
        if (size + more <= CHUNK) {
            bytes = Arrays.copyOf(bytes, Math.min(CHUNK, Math.max(bytes.length * 2, size + more)));
        } else {
            full.add(new Chunk(bytes, size));
            bytes = new byte[CHUNK];
            size = 0;
        }
    }
}
