package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.command.partnership.PartnershipCalendar;
import org.gptracker.events.value.Member;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members and presidencies over HTTP, and the partnership calendar the command side keeps from
 * their events in the same transaction. The database is shared with the other integration tests,
 * so each test uses its own countries and years (synthetic years far in the future; 2023 once).
 */
class PartnershipIT extends CommandServiceTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    PartnershipCalendar calendar;

    @Test
    void theCalendarFollowsAdmissionsPresidenciesAndSuspensionsAndRefusesAnOverlappingWindow() throws Exception {
        ResponseEntity<String> admitted = post("/api/members", "{\"country\":\"JP\",\"admittedOn\":\"2002-06-27\"}");
        assertThat(admitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(admitted.getBody()).get("country").asText()).isEqualTo("JP");
        assertThat(admitted.getHeaders().getLocation()).hasToString("/api/members/JP");

        ResponseEntity<String> opened = post("/api/presidencies", """
                {"year":2023,"chair":"JP","startsOn":"2023-01-01","endsOn":"2023-12-31",
                 "priorities":[{"code":"UKRAINE","title":"WMD risk reduction in Ukraine"}]}""");
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(opened.getBody()).get("year").asInt()).isEqualTo(2023);
        assertThat(calendar.presidencyOn(LocalDate.parse("2023-03-14"))).contains(2023);
        assertThat(calendar.isMemberInGoodStanding(Member.of("JP"), LocalDate.parse("2023-03-14"))).isTrue();

        JsonNode stored = storedPayload("2023", 0);
        assertThat(stored.get("chair").asText()).isEqualTo("JP");
        assertThat(stored.get("presidencyYear").asInt()).isEqualTo(2023);
        assertThat(stored.get("priorities").get(0).get("code").asText()).isEqualTo("UKRAINE");
        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            ConsumerRecord<String, byte[]> record = topic.readUntil(
                            seen -> seen.stream().anyMatch(r -> "2023".equals(r.key())), Duration.ofSeconds(15))
                    .stream().filter(r -> "2023".equals(r.key())).findFirst().orElseThrow();
            JsonNode cloudEvent = json.readTree(record.value());
            assertThat(cloudEvent.get("type").asText()).isEqualTo("gp.presidency.PresidencyOpened.v1");
            assertThat(cloudEvent.get("subject").asText()).isEqualTo("2023");
            assertThat(cloudEvent.get("aggregatetype").asText()).isEqualTo("Presidency");
            assertThat(cloudEvent.get("presidency").asInt()).isEqualTo(2023);
        }

        long before = storedEvents();
        ResponseEntity<String> overlapping = post("/api/presidencies",
                "{\"year\":2102,\"chair\":\"JP\",\"startsOn\":\"2023-12-01\",\"endsOn\":\"2024-11-30\"}");
        assertThat(overlapping.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(overlapping.getHeaders().getContentType()).satisfies(PartnershipIT::isProblemJson);
        assertThat(json.readTree(overlapping.getBody()).get("code").asText()).isEqualTo("PRESIDENCY_OVERLAP");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(eventsOf("2102")).isZero();
        assertThat(calendar.presidencyOn(LocalDate.parse("2024-01-15"))).isEmpty();

        ResponseEntity<String> suspended = post("/api/members/JP/suspension", "{\"since\":\"2023-06-01\",\"reason\":\"test of the calendar\"}");
        assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(calendar.isMemberInGoodStanding(Member.of("JP"), LocalDate.parse("2023-05-31"))).isTrue();
        assertThat(calendar.isMemberInGoodStanding(Member.of("JP"), LocalDate.parse("2023-06-01"))).isFalse();
        assertThat(calendar.isMemberInGoodStanding(Member.of("JP"), LocalDate.parse("2023-09-30"))).isFalse();
    }

    @Test
    void aReinstatedMemberIsInGoodStandingAgainFromItsReinstatement() {
        assertThat(post("/api/members", "{\"country\":\"LU\",\"admittedOn\":\"2011-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/members/LU/suspension", "{\"since\":\"2101-02-01\",\"reason\":\"arrears\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/members/LU/reinstatement", "{\"since\":\"2101-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Member lu = Member.of("LU");
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2011-04-30"))).isFalse();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-01-31"))).isTrue();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-02-01"))).isFalse();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-04-30"))).isFalse();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-05-01"))).isTrue();

        assertThat(post("/api/members/LU/suspension", "{\"since\":\"2101-08-01\",\"reason\":\"arrears again\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-07-31"))).isTrue();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-08-01"))).isFalse();
        assertThat(calendar.isMemberInGoodStanding(lu, LocalDate.parse("2101-03-01"))).isFalse();
    }

    @Test
    void refusedMembershipCommandsAnswerWithTheirCodeAndStoreNothing() throws Exception {
        assertThat(post("/api/members", "{\"country\":\"MT\",\"admittedOn\":\"2004-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = storedEvents();

        assertRefused(post("/api/members", "{\"country\":\"MT\",\"admittedOn\":\"2005-05-01\"}"), "ALREADY_MEMBER");
        assertRefused(post("/api/members/MT/reinstatement", "{\"since\":\"2101-05-01\"}"), "NOT_SUSPENDED");
        assertRefused(post("/api/members/MT/suspension", "{\"since\":\"2003-01-01\",\"reason\":\"early\"}"), "SUSPENDED_BEFORE_ADMISSION");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void suspendingAStateThatWasNeverAdmittedIsNotFound() throws Exception {
        long before = storedEvents();

        ResponseEntity<String> response = post("/api/members/TV/suspension", "{\"since\":\"2101-01-01\",\"reason\":\"unknown\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).satisfies(PartnershipIT::isProblemJson);
        assertThat(json.readTree(response.getBody()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
        assertThat(response.getBody()).doesNotContain("Exception", "at org.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void invalidMembershipAndPresidencyBodiesNameEveryBadField() throws Exception {
        long before = storedEvents();

        ResponseEntity<String> member = post("/api/members", "{\"country\":\"XX\",\"admittedOn\":\"27/06/2002\",\"effectiveDate\":\"2999-01-01\"}");
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(member.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("country", "admittedOn", "effectiveDate");

        ResponseEntity<String> presidency = post("/api/presidencies", """
                {"year":1999,"chair":"jp","startsOn":"2101-12-31","endsOn":"2101-01-01",
                 "priorities":[{"code":"A","title":"a"},{"code":"A","title":" "}]}""");
        assertThat(presidency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(presidency.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("year", "chair", "endsOn", "priorities[1].code", "priorities[1].title");

        ResponseEntity<String> suspension = post("/api/members/jp/suspension", "{\"since\":\"2101-01-01\",\"reason\":\"x\"}");
        assertThat(suspension.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(suspension.getBody()).get("errors").findValuesAsText("field")).containsExactly("country");

        ResponseEntity<String> unknownField = post("/api/presidencies/2103/close", "{\"closedOn\":\"2103-12-31\",\"successor\":2104}");
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknownField.getBody()).get("errors").findValuesAsText("field")).containsExactly("successor");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPresidencyDeclaresPrioritiesUntilItIsClosedAndThenAcceptsNothingMore() throws Exception {
        assertThat(post("/api/members", "{\"country\":\"IS\",\"admittedOn\":\"2010-01-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/presidencies", "{\"year\":2104,\"chair\":\"IS\",\"startsOn\":\"2104-01-01\",\"endsOn\":\"2104-12-31\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(post("/api/presidencies", "{\"year\":2104,\"chair\":\"IS\",\"startsOn\":\"2105-01-01\",\"endsOn\":\"2105-12-31\"}"),
                "PRESIDENCY_EXISTS");
        assertRefused(post("/api/presidencies", "{\"year\":2105,\"chair\":\"TV\",\"startsOn\":\"2105-01-01\",\"endsOn\":\"2105-12-31\"}"),
                "CHAIR_NOT_MEMBER");

        ResponseEntity<String> declared = post("/api/presidencies/2104/priorities", "{\"code\":\"CBRN_DISINFORMATION\",\"title\":\"CBRN disinformation\"}");
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(declared.getBody()).get("code").asText()).isEqualTo("CBRN_DISINFORMATION");
        assertRefused(post("/api/presidencies/2104/priorities", "{\"code\":\"CBRN_DISINFORMATION\",\"title\":\"again\"}"), "PRIORITY_EXISTS");

        assertThat(post("/api/presidencies/2104/close", "{\"closedOn\":\"2104-12-31\",\"successorYear\":2105}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertRefused(post("/api/presidencies/2104/priorities", "{\"code\":\"LATE\",\"title\":\"Too late\"}"), "PRESIDENCY_CLOSED");
        assertRefused(post("/api/presidencies/2104/close", "{\"closedOn\":\"2104-12-31\"}"), "PRESIDENCY_CLOSED");

        assertThat(eventsOf("2104")).isEqualTo(3);
        JsonNode closed = storedPayload("2104", 2);
        assertThat(closed.get("successorYear").asInt()).isEqualTo(2105);
        assertThat(closed.get("presidencyYear").asInt()).isEqualTo(2104);
        Map<String, Object> window = jdbc.queryForMap("select closed_on, successor_year from events.presidency_window where year = 2104");
        assertThat(window.get("closed_on")).hasToString("2104-12-31");
        assertThat(window.get("successor_year")).isEqualTo(2105);
        assertThat(calendar.presidencyOn(LocalDate.parse("2104-06-30"))).contains(2104);

        ResponseEntity<String> unknown = post("/api/presidencies/2199/priorities", "{\"code\":\"X\",\"title\":\"x\"}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCalendarWriteThatFailsFailsTheCommandAndStoresNoEvent() {
        assertThat(post("/api/members", "{\"country\":\"LV\",\"admittedOn\":\"2004-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // break the calendar behind the aggregate's back: a suspension row now violates its foreign key
        jdbc.update("delete from events.membership_period where country = 'LV'");

        ResponseEntity<String> response = post("/api/members/LV/suspension", "{\"since\":\"2101-01-01\",\"reason\":\"arrears\"}");

        assertThat(response.getStatusCode().is5xxServerError()).isTrue();
        assertThat(eventsOf("LV")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from events.membership_suspension where country = 'LV'", Long.class)).isZero();
    }

    @Test
    void twoOverlappingPresidenciesOpenedAtTheSameMomentNeverBothSucceed() throws Exception {
        assertThat(post("/api/members", "{\"country\":\"EE\",\"admittedOn\":\"2004-05-01\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                int windowYear = 2300 + round;
                String window = "\"startsOn\":\"" + windowYear + "-01-01\",\"endsOn\":\"" + windowYear + "-12-31\"";
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
                for (int year : new int[]{windowYear, windowYear + 100}) {
                    responses.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return post("/api/presidencies", "{\"year\":" + year + ",\"chair\":\"EE\"," + window + "}");
                    }));
                }
                List<HttpStatusCode> statuses = new ArrayList<>();
                for (Future<ResponseEntity<String>> response : responses) {
                    ResponseEntity<String> answer = response.get(30, TimeUnit.SECONDS);
                    statuses.add(answer.getStatusCode());
                    if (answer.getStatusCode() == HttpStatus.CONFLICT) {
                        assertThat(json.readTree(answer.getBody()).get("code").asText()).isEqualTo("PRESIDENCY_OVERLAP");
                    }
                }
                assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
                assertThat(eventsOf(String.valueOf(windowYear)) + eventsOf(String.valueOf(windowYear + 100))).isEqualTo(1);
                assertThat(jdbc.queryForObject("select count(*) from events.presidency_window where year in (?, ?)",
                        Long.class, windowYear, windowYear + 100)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoAdmissionsOfTheSameStateAtTheSameMomentAdmitItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                responses.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return post("/api/members", "{\"country\":\"SI\",\"admittedOn\":\"2004-05-01\"}");
                }));
            }
            List<HttpStatusCode> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> response : responses) {
                ResponseEntity<String> answer = response.get(30, TimeUnit.SECONDS);
                statuses.add(answer.getStatusCode());
                if (answer.getStatusCode() == HttpStatus.CONFLICT) {
                    assertThat(json.readTree(answer.getBody()).get("code").asText()).isIn("ALREADY_MEMBER", "CONCURRENT_CHANGE");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
            assertThat(eventsOf("SI")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertRefused(ResponseEntity<String> response, String code) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).satisfies(PartnershipIT::isProblemJson);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/refused");
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from events.domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    private JsonNode storedPayload(String aggregateId, long sequence) throws Exception {
        String payload = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from events.domain_event_entry
                where aggregate_identifier = ? and sequence_number = ?""", String.class, aggregateId, sequence);
        return json.readTree(payload);
    }

    private static void isProblemJson(MediaType type) {
        assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }
}
