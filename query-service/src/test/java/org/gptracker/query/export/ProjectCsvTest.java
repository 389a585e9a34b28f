package org.gptracker.query.export;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCsvTest {

    private static final CSVFormat ROW = ProjectCsv.FORMAT.builder().setSkipHeaderRecord(true).get();

    @Test
    void aProjectIsOneRowWithCodesAndLabelsAndItsMoneySummedPerDonorAndCurrency() {
        assertThat(line(Projects.funded())).isEqualTo(Projects.FUNDED_ID
                + ",\"Biosafety labs, \"\"phase 2\"\"\",FUNDED,Funded,,BIOLOGICAL,Biological,MG;MW;ZM,"
                + "Madagascar; Malawi; Zambia,BIOSECURITY_AFRICA;LABS,900000.00,EUR,"
                + "CA 450000.50 EUR; JP 20000000 JPY,CA 100000.00 EUR,2024-02-29,2024,2024-03-20,2024-04-01,,2");
    }

    @Test
    void aClosedProjectShowsItsOutcomeAndIatiStatusAndLeavesWhatItLacksEmpty() {
        assertThat(line(Projects.withdrawn())).isEqualTo(Projects.CLOSED_ID
                + ",Chemical safety,CLOSED,Closed,WITHDRAWN,CROSS_CUTTING,Cross-cutting,UA,Ukraine,,30000000,JPY,,,"
                + "2023-01-05,,2023-02-01,,2023-06-30,5");
    }

    @Test
    void theHeaderNamesTheColumnsOfDesign() {
        assertThat(ProjectCsv.HEADER).containsExactly("projectId", "title", "status", "statusLabel", "outcome",
                "area", "areaLabel", "recipients", "recipientNames", "priorities", "requestedAmount", "requestedCurrency",
                "committed", "disbursed", "proposedOn", "proposedPresidency", "matchedOn", "fundedOn", "closedOn",
                "iatiStatus");
        assertThat(ProjectCsv.row(Projects.funded())).hasSize(20);
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAfterASingleQuote() {
        assertThat(field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(field("+1 lab")).isEqualTo("'+1 lab");
        assertThat(field("-2 labs")).isEqualTo("'-2 labs");
        assertThat(field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(field("Labs = safety")).isEqualTo("Labs = safety");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndOthersAreNot() {
        assertThat(field("plain text; with semicolons")).isEqualTo("plain text; with semicolons");
        assertThat(field("a, b")).isEqualTo("\"a, b\"");
        assertThat(field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    /** A row as the export writes it, without its line break. */
    private static String line(ExportedProject project) {
        return ROW.format(ProjectCsv.row(project).toArray());
    }

    /** A text as the export writes it in the middle of a row. */
    private static String field(String text) {
        return ROW.format("x", ProjectCsv.cell(text)).substring(2);
    }
}
