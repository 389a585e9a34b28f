package org.gptracker.query.projection;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowsTest {

    @Test
    void fieldsAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() {
        CopyRows rows = new CopyRows().text("a").text(null).number(-7).endRow().value(null).value(2025).endRow();

        assertThat(rows.asText()).isEqualTo("a\t\\N\t-7\n\\N\t2025\n");
        assertThat(rows.rows()).isEqualTo(2);
    }

    @Test
    void backslashesTabsNewlinesAndCarriageReturnsAreEscapedAndNothingElse() {
        String text = new CopyRows().text("C:\\dir\tname\nnext\r\nend \"quoted\" {x} \\N").endRow().asText();

        assertThat(text).isEqualTo("C:\\\\dir\\tname\\nnext\\r\\nend \"quoted\" {x} \\\\N\n");
    }

    @Test
    void textIsUtf8WhateverItsLength() {
        String text = "é ß – 日本 🛡 \uD83C\uDDFA\uD83C\uDDE6";

        CopyRows rows = new CopyRows().text(text).endRow();

        assertThat(rows.asText()).isEqualTo(text + "\n");
        assertThat(rows.asText().getBytes(StandardCharsets.UTF_8)).isEqualTo((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsOfManyMegabytesAndValuesLongerThanAChunkComeOutWhole() {
        String escapedEverywhere = "x\ty\\".repeat(40_000);
        String plain = "é".repeat(50_000);
        CopyRows rows = new CopyRows();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.text("row " + i).number(i).endRow();
            expected.append("row ").append(i).append('\t').append(i).append('\n');
        }
        rows.text(escapedEverywhere).text(plain).endRow();
        expected.append("x\\ty\\\\".repeat(40_000)).append('\t').append(plain).append('\n');

        assertThat(rows.asText()).isEqualTo(expected.toString());
        assertThat(rows.rows()).isEqualTo(20_001);
    }

    @Test
    void aLoneSurrogateIsWrittenAsJavasEncoderWritesIt() {
        String broken = "a\uD83Cb\uDC00";

        assertThat(new CopyRows().text(broken).endRow().asText())
                .isEqualTo(new String((broken + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void listsAreTextArrayLiteralsWithEveryElementQuoted() {
        String text = new CopyRows().texts(List.of("UA", "say \"hi\"", "a\\b", "x,y {z}")).texts(List.of()).endRow().asText();

        // the array literal's own backslashes are then escaped for COPY
        assertThat(text).isEqualTo("{\"UA\",\"say \\\\\"hi\\\\\"\",\"a\\\\\\\\b\",\"x,y {z}\"}\t{}\n");
    }

    @Test
    void amountsArePlainDecimalsWithTheirScale() {
        String text = new CopyRows().amount(new BigDecimal("1E+6").setScale(2)).amount(new BigDecimal("200000000"))
                .amount(null).endRow().asText();

        assertThat(text).isEqualTo("1000000.00\t200000000\t\\N\n");
    }

    @Test
    void instantsAreUtcRoundedHalfUpToTheMicrosecondAsTheDriverBindsThem() {
        String text = new CopyRows()
                .timestamp(Instant.parse("2023-05-02T10:15:30.123456499Z"))
                .timestamp(Instant.parse("2023-05-02T10:15:30.123456500Z"))
                .timestamp(Instant.parse("2023-12-31T23:59:59.999999500Z"))
                .timestamp(Instant.parse("2025-03-14T09:30:00Z"))
                .endRow().asText();

        assertThat(text).isEqualTo("2023-05-02T10:15:30.123456Z\t2023-05-02T10:15:30.123457Z\t2024-01-01T00:00Z\t2025-03-14T09:30Z\n");
    }

    @Test
    void datesAndIdsAreTheirLiterals() {
        UUID id = UUID.fromString("9b2f3c1e-6a0d-4c1b-9d55-2f0d6f1a7e01");

        assertThat(new CopyRows().value(LocalDate.of(2025, 3, 14)).value(id).endRow().asText())
                .isEqualTo("2025-03-14\t9b2f3c1e-6a0d-4c1b-9d55-2f0d6f1a7e01\n");
    }

    @Test
    void manyRowsGrowTheBuffer() {
        CopyRows rows = new CopyRows();
        String value = "x".repeat(1000);
        for (int i = 0; i < 100; i++) {
            rows.text(value).number(i).endRow();
        }

        assertThat(rows.asText()).hasSize(100 * 1000 + 100 + 190 + 100);
        assertThat(rows.asText().lines()).hasSize(100).last().isEqualTo(value + "\t99");
    }
}
