package org.gptracker.command.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void readsPlainFieldsWithEitherLineEnding() throws IOException {
        List<CsvReader.CsvRecord> records = all("a,b,c\r\nd,,f\ng,h,i");

        assertThat(records).extracting(CsvReader.CsvRecord::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("d", "", "f"), List.of("g", "h", "i"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(records).extracting(CsvReader.CsvRecord::problem).containsOnlyNulls();
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<CsvReader.CsvRecord> records = all("x,\"one, two\",\"say \"\"hi\"\"\"\ny,\"first\r\nsecond\nthird\",z\nw,\"\",v\n");

        assertThat(records.get(0).fields()).containsExactly("x", "one, two", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("y", "first\r\nsecond\nthird", "z");
        assertThat(records.get(2).fields()).containsExactly("w", "", "v");
        assertThat(records).extracting(CsvReader.CsvRecord::line).as("a record starts on the line after the last one's breaks")
                .containsExactly(1, 2, 5);
    }

    @Test
    void skipsEmptyLinesButCountsThem() throws IOException {
        List<CsvReader.CsvRecord> records = all("a\n\n\r\nb\n\n");

        assertThat(records).extracting(CsvReader.CsvRecord::fields).containsExactly(List.of("a"), List.of("b"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1, 4);
    }

    @Test
    void textAfterAClosingQuoteSpoilsOnlyItsRecord() throws IOException {
        List<CsvReader.CsvRecord> records = all("a,\"b\"c,d\ne,f,g\n");

        assertThat(records.get(0).problem()).isEqualTo("field 2 has text after its closing quote");
        assertThat(records.get(1).fields()).containsExactly("e", "f", "g");
        assertThat(records.get(1).problem()).isNull();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(all("5\" pipe,b").get(0).fields()).containsExactly("5\" pipe", "b");
    }

    @Test
    void aQuoteNeverClosedMakesTheFileUnreadable() {
        assertThatThrownBy(() -> all("a,b\nc,\"open\nd,e\n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("line 2: a quoted field is never closed");
    }

    private static List<CsvReader.CsvRecord> all(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.CsvRecord> records = new ArrayList<>();
        for (CsvReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }
}
