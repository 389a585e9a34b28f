package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.demo.DemoLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./run-local --demo} against the packaged services: the partnership's 2023 record, and a second run that adds nothing. */
class DemoLoadIT {

    private static RunningServices services;
    private static JsonHttp http;
    private static String firstRun;

    @BeforeAll
    static void loadTheDemo() {
        // a stack of its own: the other test classes' stores stay small, and theirs do not touch the 2023 record
        services = RunningServices.startSeparate(DemoLoadIT.class, "demo");
        http = services.asSecretariat();
        firstRun = load();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void the2023PresidencyReports319ProjectsFundedAcross96States() {
        JsonNode presidency = http.get(services.query("/api/presidencies/2023")).json();

        assertThat(presidency.get("chair").asText()).isEqualTo("JP");
        assertThat(presidency.get("counts").get("funded").asLong()).isEqualTo(319);
        assertThat(presidency.get("recipientStates").asLong()).isEqualTo(96);
        assertThat(presidency.get("priorities")).extracting(priority -> priority.get("code").asText())
                .containsExactly("UNSCR_1540_INDO_PACIFIC", "UKRAINE", "BIOSECURITY_AFRICA");
        assertThat(firstRun).contains("319 projects funded across 96 recipient states");
    }

    @Test
    void theNamedProjectsAreFoundByTheirRecipient() {
        assertThat(titles("UA")).contains("Public-health CBRN crisis response in Ukraine",
                "Physical protection at the Chornobyl site", "Radioactive source security in Ukraine");
        assertThat(titles("SY")).contains("Preventing the re-emergence of chemical weapons in Syria");
        assertThat(titles("CL")).contains("Mexico-Chile-Brazil trilateral UNSCR 1540 peer review");
        assertThat(titles("VN")).contains("Capacity to implement UN sanctions on North Korea");
        assertThat(titles("KE")).anyMatch(title -> title.startsWith("Signature Initiative"));
    }

    @Test
    void thePresidenciesCarryTheirChairsAnd2014ChangedHands() {
        JsonNode y2014 = http.get(services.query("/api/presidencies/2014")).json();

        assertThat(y2014.get("chairs")).extracting(chair -> chair.get("chair").asText()).containsExactly("RU", "DE");
        assertThat(http.get(services.query("/api/presidencies")).json().get("presidencies")).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void loadingTheDemoAgainStoresNothingNew() throws Exception {
        long before = storedEvents();

        load();

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theImportCommandLoadsACsvFileAndNamesItsBadRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        java.nio.file.Path file = directory.resolve("history.csv");
        java.nio.file.Files.writeString(file, String.join("\r\n",
                "project,step,effectiveDate,title,recipients,area,amount,currency,donor,kind,offer",
                "cli-1,PROPOSE,2023-05-02,Border radiation monitors for Moldova,MD,RADIOLOGICAL,900000.00,EUR,,,",
                "cli-1,OFFER,2023-05-20,,,,400000.00,EUR,SE,FUNDS,a",
                "cli-1,ACCEPT,2023-06-01,,,,,,,,a",
                "cli-2,PROPOSE,2023-05-03,Chemical security in Atlantis,XX,CHEMICAL,1.00,EUR,,,") + "\r\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int port = services.command("/").getPort();

        int exitCode = ImportCommand.run(new String[]{file.toString(), "--command-port", String.valueOf(port)}, out, out);

        assertThat(exitCode).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("line 5").contains("1 projects applied");
        JsonHttp.Response imported = http.getUntil(services.query("/api/projects?size=200&recipient=MD"),
                response -> response.body().contains("Border radiation monitors for Moldova"), java.time.Duration.ofSeconds(30));
        assertThat(imported.body()).as("the imported project on the query side").contains("Border radiation monitors for Moldova");
    }

    private static String load() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DemoLoader(services.command("/"), services.query("/"), services.token("it-demo", null, "SECRETARIAT"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).load();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private List<String> titles(String recipient) {
        List<String> titles = new ArrayList<>();
        http.get(services.query("/api/projects?size=200&recipient=" + recipient)).json().get("content")
                .forEach(project -> titles.add(project.get("title").asText()));
        return titles;
    }

    private static long storedEvents() throws Exception {
        try (Connection connection = services.commandDatabase(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from events.domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
