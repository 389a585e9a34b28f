package org.gptracker.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static Figures figures(double commandsPerSecond, long errors, double freshnessHalfLoadP99Ms, double queryP99Ms) {
        Map<String, Double> queries = new LinkedHashMap<>();
        queries.put("project", 12.5);
        queries.put("projects?area", queryP99Ms);
        return new Figures(1000, commandsPerSecond, 10, 40, 90, 30, 300, 450, 20, freshnessHalfLoadP99Ms, 130, 60_000, 800,
                queries, errors, new Figures.Pipeline(30_000, 1_200, 800, 40, 2.5, null));
    }

    private static BenchmarkReport report(Figures figures) {
        return new BenchmarkReport(figures, Map.of("cores", 2, "memoryMb", 24105), "2026-11-28T13:00:00Z", Map.of());
    }

    @Test
    void theThroughputRatioIsAcceptedCommandsOverRawInsertTransactions() {
        assertThat(figures(250, 0, 50, 10).throughputRatio()).isEqualTo(0.25);
    }

    @Test
    void withoutARawInsertFigureTheRatioIsZeroRatherThanInfinite() {
        Figures none = new Figures(0, 250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, Figures.Pipeline.NOT_MEASURED);
        assertThat(none.throughputRatio()).isZero();
    }

    @Test
    void theJsonReportHasEveryFigureTheIssueNamesAsNumbers() {
        Map<String, Object> document = report(figures(250, 0, 50, 10)).document();

        assertThat(document).containsKeys("rawPgInsertTps", "commandsPerSecond", "throughputRatio", "commandP50Ms", "commandP99Ms",
                "freshnessP50Ms", "freshnessP99Ms", "freshnessHalfLoadP99Ms", "rebuildEventsPerSecond", "rebuildPeakRssMb",
                "queryP99Ms", "errors", "machine", "date");
        assertThat(document.get("throughputRatio")).isEqualTo(0.25);
        assertThat(document.get("commandP99Ms")).isEqualTo(40.0);
        assertThat(document.get("errors")).isEqualTo(0L);
        assertThat(document.get("queryP99Ms")).isEqualTo(Map.of("project", 12.5, "projects?area", 10.0));
    }

    @Test
    void aThroughputRatioAboveTheTargetIsNotMetWhenCommandsFailed() {
        Map<String, Boolean> met = targetsMet(report(figures(250, 3, 50, 10)));

        assertThat(met).containsEntry("throughputRatio", false).containsEntry("errors", false);
        assertThat(targetsMet(report(figures(250, 0, 50, 10)))).containsEntry("throughputRatio", true);
    }

    @Test
    void everyQueryHasItsOwnTargetAndTheSlowOneIsMarkedMissed() {
        BenchmarkReport report = report(figures(250, 0, 50, 75));

        assertThat(targetsMet(report)).containsEntry("queryP99Ms.project", true).containsEntry("queryP99Ms.projects?area", false);
        assertThat(report.markdown()).contains("| queryP99Ms.projects?area | 75.00 | <= 50 | **no** |")
                .contains("| queryP99Ms.project | 12.50 | <= 50 | yes |");
    }

    @Test
    void freshnessAtHalfLoadMustStayWithinAHundredMilliseconds() {
        assertThat(targetsMet(report(figures(250, 0, 100, 10)))).containsEntry("freshnessHalfLoadP99Ms", true);
        assertThat(targetsMet(report(figures(250, 0, 101, 10)))).containsEntry("freshnessHalfLoadP99Ms", false);
    }

    @Test
    void theConsoleTableAndTheMarkdownShowTheSameFigures() {
        BenchmarkReport report = report(figures(250, 0, 50, 10));

        assertThat(report.table()).contains("throughputRatio").contains("0.250").contains("rebuildEventsPerSecond").contains("60,000");
        assertThat(report.markdown()).contains("| throughputRatio | 0.250 | >= 0.20 with zero errors | yes |")
                .contains("| rebuildEventsPerSecond | 60,000 |").contains("cores = 2");
    }

    @Test
    void thePipelineFiguresAreTopLevelKeysAndAnUnavailableVerificationIsLeftOutRatherThanZero() {
        Map<String, Object> document = report(figures(250, 0, 50, 10)).document();

        assertThat(document).containsEntry("liveCatchUpEventsPerSecond", 30_000.0).containsEntry("saturationCommandsPerSecond", 1_200.0)
                .containsEntry("saturationFreshnessP99Ms", 800.0).containsEntry("saturationRelayLagMaxEvents", 40L)
                .containsEntry("stackCpuMsPerCommand", 2.5)
                .doesNotContainKey("auditVerifyEventsPerSecond");
        assertThat(targetsMet(report(figures(250, 0, 50, 10)))).containsEntry("liveCatchUpEventsPerSecond", true)
                .containsEntry("saturationFreshnessP99Ms", true).doesNotContainKey("auditVerifyEventsPerSecond");
    }

    @Test
    void aMeasuredVerificationRateIsReportedAgainstItsTarget() {
        Figures measured = new Figures(1000, 250, 10, 40, 90, 30, 300, 450, 20, 50, 130, 60_000, 800, Map.of(), 0,
                new Figures.Pipeline(30_000, 1_200, 800, 40, null, 150_000.0));
        BenchmarkReport report = report(measured);

        assertThat(report.document()).containsEntry("auditVerifyEventsPerSecond", 150_000.0).doesNotContainKey("stackCpuMsPerCommand");
        assertThat(targetsMet(report)).containsEntry("auditVerifyEventsPerSecond", false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> targetsMet(BenchmarkReport report) {
        return (Map<String, Boolean>) report.document().get("targetsMet");
    }
}
