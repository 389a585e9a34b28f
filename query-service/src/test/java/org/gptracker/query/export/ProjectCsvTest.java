package org.gptracker.query.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCsvTest {

    @Test
    void aProjectIsOneRowWithCodesAndLabelsAndItsMoneySummedPerDonorAndCurrency() {
        assertThat(ProjectCsv.row(Projects.funded())).isEqualTo(Projects.FUNDED_ID
                + ",\"Biosafety labs, \"\"phase 2\"\"\",FUNDED,Funded,,BIOLOGICAL,Biological,MG;MW;ZM,"
                + "Madagascar; Malawi; Zambia,BIOSECURITY_AFRICA;LABS,900000.00,EUR,"
                + "CA 450000.50 EUR; JP 20000000 JPY,CA 100000.00 EUR,2024-02-29,2024,2024-03-20,2024-04-01,,2");
    }

    @Test
    void aClosedProjectShowsItsOutcomeAndIatiStatusAndLeavesWhatItLacksEmpty() {
        assertThat(ProjectCsv.row(Projects.withdrawn())).isEqualTo(Projects.CLOSED_ID
                + ",Chemical safety,CLOSED,Closed,WITHDRAWN,CROSS_CUTTING,Cross-cutting,UA,Ukraine,,30000000,JPY,,,"
                + "2023-01-05,,2023-02-01,,2023-06-30,5");
    }

    @Test
    void theHeaderNamesTheColumnsOfDesign() {
        assertThat(ProjectCsv.HEADER.split(",")).containsExactly("projectId", "title", "status", "statusLabel", "outcome",
                "area", "areaLabel", "recipients", "recipientNames", "priorities", "requestedAmount", "requestedCurrency",
                "committed", "disbursed", "proposedOn", "proposedPresidency", "matchedOn", "fundedOn", "closedOn",
                "iatiStatus");
        assertThat(ProjectCsv.row(Projects.funded()).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSize(20);
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAfterASingleQuote() {
        assertThat(ProjectCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ProjectCsv.field("+1 lab")).isEqualTo("'+1 lab");
        assertThat(ProjectCsv.field("-2 labs")).isEqualTo("'-2 labs");
        assertThat(ProjectCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProjectCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ProjectCsv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(ProjectCsv.field("Labs = safety")).isEqualTo("Labs = safety");
        assertThat(ProjectCsv.field("")).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndOthersAreNot() {
        assertThat(ProjectCsv.field("plain text; with semicolons")).isEqualTo("plain text; with semicolons");
        assertThat(ProjectCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(ProjectCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ProjectCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ProjectCsv.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(ProjectCsv.field(null)).isEmpty();
    }
}
