package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.localstack.demo.DemoLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page in headless Chromium against the packaged services with the demo loaded: the 2023
 * presidency in figures and charts, then a proposal sent through the command API showing up without a reload.
 * Screenshots go to {@code target/dashboard-2023*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final Logger log = LoggerFactory.getLogger(DashboardIT.class);
    private static final Duration LOADING = Duration.ofSeconds(30);
    /** What "live" means here; ./run-local on a quiet machine shows it well within a second. */
    private static final Duration LIVE = Duration.ofSeconds(5);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("gp.screenshots", "target"));

    private static HeadlessChromium chromium;
    private static RunningServices services;
    private static JsonHttp viewer;
    private static String viewerToken;

    @BeforeAll
    static void demoStackAndBrowser() throws Exception {
        chromium = HeadlessChromium.start(1440, 1000); // first: a missing browser fails before minutes of loading
        // a stack of its own, as DemoLoadIT's: the other test classes' data stays out of the 2023 record
        services = RunningServices.startSeparate(DashboardIT.class, "dashboard");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new DemoLoader(services.command("/"), services.query("/"), services.token("it-demo", null, "SECRETARIAT"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).load();
        log.info("Demo loaded:{}{}", System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
        awaitReadModelsCaughtUp();
        viewerToken = services.token("it-viewer", null, "VIEWER");
        viewer = new JsonHttp(viewerToken);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    @Order(1)
    void withoutATokenThePageAsksForOneAndARefusedTokenBringsTheFieldBackWithTheReason() throws Exception {
        chromium.driver().get(services.query("/").toString());
        assertThat(await(() -> displayed("token-panel"))).as("the token field").isTrue();

        chromium.script("sessionStorage.setItem('gp.dashboard.token', 'not-a-token')");
        chromium.driver().navigate().refresh();

        String reason = await(() -> displayed("token-panel") ? text("token-reason") : "", text -> text.contains("refused"));
        assertThat(reason).contains("401").contains("Paste a valid one");
        assertThat(chromium.script("return sessionStorage.getItem('gp.dashboard.token')")).isNull();
    }

    @Test
    @Order(2)
    void opensOnThe2023PresidencyWith319ProjectsFundedAcross96StatesInFiguresAndCharts() throws Exception {
        signIn();

        assertThat(text("kpi-funded")).isEqualTo("319");
        assertThat(text("kpi-states")).isEqualTo("96");
        assertThat(text("presidency-title")).isEqualTo("Japan’s presidency");
        assertThat(chromium.driver().getCurrentUrl()).endsWith("?year=2023");
        JsonNode presidency = viewer.get(services.query("/api/presidencies/2023")).json();
        long active = viewer.get(services.query("/api/presidencies/2023/projects?size=1")).json().get("totalElements").asLong();
        assertThat(number("kpi-active")).isEqualTo(active);
        assertThat(number("kpi-proposed")).isEqualTo(presidency.get("counts").get("proposed").asLong());

        Map<String, Long> regions = chart("chart-regions");
        assertThat(regions).containsExactlyInAnyOrderEntriesOf(Map.of("Africa", 40L, "Asia–Pacific", 22L, "Americas", 16L,
                "Middle East & Central Asia", 10L, "Europe", 8L));
        assertThat(sum(regions)).isEqualTo(96);
        Map<String, Long> areas = chart("chart-area");
        presidency.get("byArea").fields().forEachRemaining(area ->
                assertThat(areas).containsEntry(label(area.getKey()), area.getValue().asLong()));
        assertThat(sum(chart("chart-status"))).as("every active project has one status").isEqualTo(active);
        assertThat(committedInEuro()).as("the funding chart's EUR bars, by donor").isEqualTo(apiCommittedInEuro(presidency));
        assertThat(chromium.driver().findElements(By.cssSelector("#projects tbody tr"))).hasSize(15);
        assertThat(chromium.driver().findElements(By.cssSelector(".problem"))).as("no problem shown").isEmpty();

        chromium.screenshot(SCREENSHOTS.resolve("dashboard-2023.png"));
    }

    @Test
    @Order(3)
    void aProposalSentThroughTheCommandApiShowsUpLiveInTheFeedAndTheFigures() throws Exception {
        signIn();
        assertThat(await(() -> text("live-status"), "Live"::equals)).isEqualTo("Live");
        long activeBefore = number("kpi-active");
        long proposedBefore = chart("chart-status").get("Proposed");
        JsonHttp kyiv = new JsonHttp(services.token("it-kyiv", "UA", "RECIPIENT"));

        long sent = System.nanoTime();
        JsonHttp.Response proposed = kyiv.post(services.command("/api/projects"), """
                {"title":"Mobile radiation detection at Kyiv's checkpoints","recipients":["UA"],"area":"RADIOLOGICAL",
                 "priorities":["UKRAINE"],"requestedBudget":{"amount":"750000.00","currency":"EUR"},"effectiveDate":"2023-11-20"}""");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String projectId = proposed.json().get("projectId").asText();

        boolean inFeed = await(() -> !chromium.driver().findElements(By.cssSelector("#feed li[data-project-id='" + projectId + "']")).isEmpty());
        Duration toFeed = Duration.ofNanos(System.nanoTime() - sent);
        long active = await(() -> number("kpi-active"), n -> n == activeBefore + 1);
        Duration toFigures = Duration.ofNanos(System.nanoTime() - sent);
        log.info("Live update: the proposal was in the page's feed {} ms after the command was sent, in its figures and charts after {} ms",
                toFeed.toMillis(), toFigures.toMillis());

        assertThat(inFeed).as("the proposal in the live feed").isTrue();
        assertThat(toFeed).isLessThan(LIVE);
        assertThat(active).isEqualTo(activeBefore + 1);
        assertThat(toFigures).isLessThan(LIVE);
        assertThat(chart("chart-status").get("Proposed")).isEqualTo(proposedBefore + 1);
        assertThat(await(() -> text("feed"), feed -> feed.contains("Mobile radiation detection")))
                .as("the feed names the project once the page knows it").contains("Mobile radiation detection at Kyiv's checkpoints");
        chromium.screenshot(SCREENSHOTS.resolve("dashboard-2023-live.png"));
    }

    @Test
    @Order(4)
    void afterTheQueryServiceCameBackThePageResumesFromItsLastEventAndMissesNothing() throws Exception {
        signIn();
        assertThat(await(() -> text("live-status"), "Live"::equals)).isEqualTo("Live");
        long activeBefore = number("kpi-active");

        services.killQueryService();
        assertThat(await(() -> text("live-status"), state -> state.startsWith("Reconnecting"))).startsWith("Reconnecting");
        JsonHttp.Response proposed = new JsonHttp(services.token("it-chisinau", "MD", "RECIPIENT")).post(services.command("/api/projects"), """
                {"title":"Border radiation portal monitors for Moldova","recipients":["MD"],"area":"RADIOLOGICAL",
                 "requestedBudget":{"amount":"900000.00","currency":"EUR"},"effectiveDate":"2023-11-21"}""");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String projectId = proposed.json().get("projectId").asText();
        services.restartQueryService();

        // the query service applies the proposal as it starts, before the page is back: only Last-Event-ID brings it
        boolean inFeed = Await.until(Duration.ofSeconds(90), Duration.ofMillis(100),
                () -> !chromium.driver().findElements(By.cssSelector("#feed li[data-project-id='" + projectId + "']")).isEmpty(),
                Boolean::booleanValue);
        assertThat(inFeed).as("the proposal made while the page was cut off, in its feed").isTrue();
        assertThat(text("live-status")).isEqualTo("Live");
        assertThat(await(() -> number("kpi-active"), n -> n == activeBefore + 1)).isEqualTo(activeBefore + 1);
        assertThat(await(() -> chromium.driver().findElements(By.cssSelector(".problem")).isEmpty()))
                .as("the problems of the outage are gone once the API answers again").isTrue();
    }

    /** The loader ends once 2023 adds up; the rest of the portfolio may still be on its way to the read models. */
    private static void awaitReadModelsCaughtUp() throws Exception {
        JsonHttp auditor = new JsonHttp(services.token("it-auditor", null, "AUDITOR"));
        JsonNode consistency = Await.until(Duration.ofMinutes(2), Duration.ofSeconds(1),
                () -> auditor.get(services.query("/admin/consistency")).json(), report -> report.path("consistent").asBoolean());
        assertThat(consistency.path("consistent").asBoolean()).as(consistency.toString()).isTrue();
    }

    /** The page asks for a token (no dashboard token is configured here) and shows 2023 once it has one. */
    private static void signIn() throws Exception {
        chromium.driver().get(services.query("/").toString());
        chromium.script("sessionStorage.removeItem('gp.dashboard.token')");
        chromium.driver().navigate().refresh();
        await(() -> displayed("token-panel"));
        chromium.driver().findElement(By.id("token-input")).sendKeys(viewerToken);
        chromium.driver().findElement(By.id("token-submit")).click();
        String refreshes = await(() -> String.valueOf(chromium.script("return document.body.dataset.refreshes || ''")),
                value -> !value.isEmpty());
        assertThat(refreshes).as("the presidency loaded").isNotEmpty();
        assertThat(chromium.script("return document.body.dataset.year")).isEqualTo("2023");
    }

    private static boolean displayed(String id) {
        return chromium.driver().findElement(By.id(id)).isDisplayed();
    }

    private static String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText().strip();
    }

    private static long number(String id) {
        return Long.parseLong(text(id).replace(",", ""));
    }

    /** A one-dataset chart's numbers by label, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> chart(String canvasId) {
        List<Object> pairs = (List<Object>) chromium.script("""
                const chart = Chart.getChart(document.getElementById(arguments[0]));
                return chart.data.labels.map((label, i) => [label, chart.data.datasets[0].data[i]]);""", canvasId);
        Map<String, Long> values = new java.util.LinkedHashMap<>();
        pairs.forEach(pair -> values.put((String) ((List<Object>) pair).get(0), ((Number) ((List<Object>) pair).get(1)).longValue()));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> committedInEuro() {
        chromium.driver().findElement(By.cssSelector("#currencies button[data-currency='EUR']")).click();
        List<Object> pairs = (List<Object>) chromium.script("""
                const chart = Chart.getChart(document.getElementById('chart-funding'));
                return chart.data.labels.map((label, i) => [label, chart.data.datasets[0].data[i]]);""");
        Map<String, Double> values = new java.util.TreeMap<>();
        pairs.forEach(pair -> values.put((String) ((List<Object>) pair).get(0), ((Number) ((List<Object>) pair).get(1)).doubleValue()));
        return values;
    }

    private static Map<String, Double> apiCommittedInEuro(JsonNode presidency) {
        Map<String, Double> values = new java.util.TreeMap<>();
        presidency.get("commitments").forEach(commitment -> {
            if (commitment.get("amount").get("currency").asText().equals("EUR")) {
                String donor = commitment.get("donor").asText();
                String name = donor.equals("EU") ? "EU" : new java.util.Locale("", donor).getDisplayCountry(java.util.Locale.ENGLISH);
                values.merge(name, commitment.get("amount").get("amount").asDouble(), Double::sum);
            }
        });
        return values;
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    /** CROSS_CUTTING → "Cross-cutting", as the page labels codes. */
    private static String label(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase().replace('_', '-');
    }

    private static boolean await(java.util.concurrent.Callable<Boolean> probe) throws Exception {
        return Await.until(LOADING, Duration.ofMillis(20), probe, Boolean::booleanValue);
    }

    private static <T> T await(java.util.concurrent.Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        return Await.until(LOADING, Duration.ofMillis(20), probe, done);
    }
}
