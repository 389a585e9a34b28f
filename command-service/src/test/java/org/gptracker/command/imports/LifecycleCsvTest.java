package org.gptracker.command.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleCsvTest {

    static final String HEADER = String.join(",", LifecycleCsv.COLUMNS) + "\n";

    @Test
    void groupsRowsByProjectInFileOrderKeepingTheirLines() {
        FileContent content = read(HEADER
                + "P1,PROPOSE,2023-03-01,\"Secure sources, Benin\",,BJ;BF,RADIOLOGICAL,AFRICA;BIO,100000.00,EUR,,,,,\n"
                + "P2,PROPOSE,2023-03-02,Other,,GH,CHEMICAL,,5000,EUR,,,,,\n"
                + "P1,offer,2023-04-01,,,,,,2000.00,EUR,FR,FUNDS,o1,,\n");

        assertThat(content.rows()).isEqualTo(3);
        assertThat(content.projects()).extracting(ProjectSteps::reference).containsExactly("P1", "P2");
        ProjectSteps p1 = content.projects().get(0);
        assertThat(p1.projectId()).isEqualTo(UUID.nameUUIDFromBytes("csv:P1".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(p1.rows()).isEqualTo(2);
        assertThat(p1.steps()).extracting(Step::line).containsExactly(2, 4);
        Step proposal = p1.steps().get(0);
        assertThat(proposal.kind()).isEqualTo(StepKind.PROPOSE);
        assertThat(proposal.title()).isEqualTo("Secure sources, Benin");
        assertThat(proposal.recipients()).containsExactly("BJ", "BF");
        assertThat(proposal.priorities()).containsExactly("AFRICA", "BIO");
        assertThat(proposal.description()).isNull();
        Step offer = p1.steps().get(1);
        assertThat(offer.kind()).isEqualTo(StepKind.OFFER);
        assertThat(offer.donor()).isEqualTo("FR");
        assertThat(offer.ref()).isEqualTo("o1");
    }

    @Test
    void aUuidReferenceIsTheProjectId() {
        String id = "3F2C1E4A-0B7D-4C8E-9A51-2D6F0E8B7C90";
        FileContent content = read(HEADER + id + ",CLOSE,2023-01-01,,,,,,,,,,,WITHDRAWN,\n");

        assertThat(content.projects().get(0).projectId()).isEqualTo(id.toLowerCase());
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        FileContent content = read("step,project,outcome,effectiveDate\nCLOSE,P9,CANCELLED,2023-05-05\n");

        Step close = content.projects().get(0).steps().get(0);
        assertThat(close.kind()).isEqualTo(StepKind.CLOSE);
        assertThat(close.outcome()).isEqualTo("CANCELLED");
        assertThat(close.effectiveDate()).isEqualTo("2023-05-05");
    }

    @Test
    void unreadableRowsAreKeptAgainstTheirProjectByLine() {
        FileContent content = read(HEADER
                + "P1,PROPOSE,2023-03-01,T,,BJ,NUCLEAR,,1.00,EUR,,,,,\n"
                + "P1,FLY,2023-03-01,,,,,,,,,,,,\n"
                + "P2,CLOSE,2023-03-01\n"
                + ",PROPOSE,2023-03-01,T,,BJ,NUCLEAR,,1.00,EUR,,,,,\n");

        assertThat(content.projects().get(0).unreadable()).extracting(ImportError::line, ImportError::project)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "P1"));
        assertThat(content.projects().get(0).unreadable().get(0).reason()).startsWith("step 'FLY' is unknown");
        assertThat(content.projects().get(1).unreadable().get(0).reason()).isEqualTo("the row has 3 fields; the header has 15");
        assertThat(content.loose()).containsExactly(new ImportError(5, null, "the row names no project"));
        assertThat(content.rows()).isEqualTo(4);
    }

    @Test
    void aFileWithACsvSyntaxErrorIsRefusedAsAWholeNamingEveryBrokenLine() {
        String broken = HEADER
                + "P1,PROPOSE,2023-03-01,\"T\"x,,BJ,NUCLEAR,,1.00,EUR,,,,,\n"
                + "P2,PROPOSE,2023-03-01,T,,BJ,NUCLEAR,,1.00,EUR,,,,,\n"
                + "P3,PROPOSE,2023-03-01,\"T,,BJ,NUCLEAR,,1.00,EUR,,,,,\n";

        assertThatThrownBy(() -> read(broken)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("line 2: a quoted field has text after its closing quote; line 4: a quoted field is never closed");
    }

    @Test
    void aHeaderWithACsvSyntaxErrorIsRefusedForItsSyntax() {
        assertThatThrownBy(() -> read("project,\"step\"s\nP1,PROPOSE\n")).isInstanceOf(UnreadableFileException.class)
                .hasMessage("line 1: a quoted field has text after its closing quote");
    }

    @Test
    void theSameStepTwiceInAProjectHasTwoKeysAndTheSameStepElsewhereInTheFileKeepsItsKey() {
        String disbursement = "P1,DISBURSE,2023-06-01,,,,,,100.00,EUR,FR,,,,\n";
        ProjectSteps once = read(HEADER + "P0,PROPOSE,2023-03-01,T,,BJ,NUCLEAR,,1.00,EUR,,,,,\n" + disbursement).projects().get(1);
        ProjectSteps twice = read(HEADER + disbursement + disbursement).projects().get(0);

        assertThat(twice.keys()).doesNotHaveDuplicates().hasSize(2);
        assertThat(twice.key(0)).isEqualTo(once.key(0));
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsUnreadable() {
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("the file is empty");
        assertThatThrownBy(() -> read("project,stage\n")).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("line 1: 'stage' is not a column");
        assertThatThrownBy(() -> read("title,step\n")).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("line 1: the header needs at least the columns project and step");
    }

    @Test
    void aFileThatIsNotUtf8IsUnreadableAndAByteOrderMarkIsIgnored() {
        byte[] latin1 = (HEADER + "P1,PROPOSE,2023-03-01,Sécurité,,BJ,NUCLEAR,,1.00,EUR,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> LifecycleCsv.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("the file is not UTF-8 text");

        FileContent withBom = read("\uFEFF" + HEADER + "P1,PROPOSE,2023-03-01,Sécurité,,BJ,NUCLEAR,,1.00,EUR,,,,,\n");
        assertThat(withBom.projects().get(0).steps().get(0).title()).isEqualTo("Sécurité");
    }

    static FileContent read(String csv) {
        return LifecycleCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Step> steps(String csv) {
        return read(csv).projects().get(0).steps();
    }
}
