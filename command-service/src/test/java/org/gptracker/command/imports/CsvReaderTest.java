package org.gptracker.command.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvReaderTest {

    @Test
    void plainFieldsAreReadWithEitherLineEnding() throws IOException {
        CsvReader reader = reader("a,b,c\r\nd,,f\ng,h,i");

        List<CsvReader.CsvRecord> records = all(reader);

        assertThat(records).extracting(CsvReader.CsvRecord::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("d", "", "f"), List.of("g", "h", "i"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(reader.syntaxErrors()).isEmpty();
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndTheNextRecordStartsAfterThem() throws IOException {
        List<CsvReader.CsvRecord> records = all(reader("x,\"one, two\",\"say \"\"hi\"\"\"\ny,\"first\r\nsecond\nthird\",z\nw,\"\",v\n"));

        assertThat(records.get(0).fields()).containsExactly("x", "one, two", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("y", "first\r\nsecond\nthird", "z");
        assertThat(records.get(2).fields()).containsExactly("w", "", "v");
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1, 2, 5);
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        List<CsvReader.CsvRecord> records = all(reader("a\n\n\r\nb\n\n"));

        assertThat(records).extracting(CsvReader.CsvRecord::fields).containsExactly(List.of("a"), List.of("b"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1, 4);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        List<CsvReader.CsvRecord> records = all(reader("5\" pipe,b"));

        assertThat(records.get(0).fields()).containsExactly("5\" pipe", "b");
    }

    @Test
    void textAfterAClosingQuoteIsASyntaxErrorAtItsLineAndTheRecordsAfterItAreStillRead() throws IOException {
        CsvReader reader = reader("a,b\nc,\"d\"e,f\"g\"h\ni,\"multi\nline\"j,k\nl,m\n");

        List<CsvReader.CsvRecord> records = all(reader);

        assertThat(reader.syntaxErrors()).containsExactly(
                "line 2: a quoted field has text after its closing quote",
                "line 4: a quoted field has text after its closing quote");
        assertThat(records).extracting(CsvReader.CsvRecord::line, CsvReader.CsvRecord::fields).containsExactly(
                tuple(1, List.of("a", "b")), tuple(5, List.of("l", "m")));
    }

    @Test
    void aQuoteNeverClosedIsASyntaxErrorAtTheLineItsRecordStartsOn() throws IOException {
        CsvReader reader = reader("a,b\n\nc,\"open\nd,e\n");

        List<CsvReader.CsvRecord> records = all(reader);

        assertThat(records).extracting(CsvReader.CsvRecord::fields).containsExactly(List.of("a", "b"));
        assertThat(reader.syntaxErrors()).containsExactly("line 3: a quoted field is never closed");
    }

    private static CsvReader reader(String text) throws IOException {
        return new CsvReader(new StringReader(text));
    }

    private static List<CsvReader.CsvRecord> all(CsvReader reader) throws IOException {
        List<CsvReader.CsvRecord> records = new ArrayList<>();
        for (CsvReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }
}
