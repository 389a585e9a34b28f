package org.gptracker.query.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail and feed queries of {@code read.event_log} are answered from their indexes, in index order,
 * on a log of some thousands of events. The events are inserted and the plans taken in one transaction that
 * is rolled back, so no other test sees them; the plans are written to {@code target/query-plans/} for
 * docs/query-plans.md.
 */
class EventLogQueryPlanIT extends QueryServiceTestBase {

    // the queries of history.EventLog, with its column list
    private static final String COLUMNS = """
            event_id, aggregate_type, aggregate_id, sequence, type, effective_date, recorded_at, presidency, actor,
            correlation_id, data::text as data""";
    private static final String HISTORY = "select " + COLUMNS
            + " from read.event_log where aggregate_id = ? and aggregate_type = ? order by sequence";
    private static final String FEED_ORDER = "effective_date, recorded_at, aggregate_id, sequence";
    private static final String FEED_FIRST_PAGE = "select " + COLUMNS
            + " from read.event_log where presidency = ? order by " + FEED_ORDER + " limit ?";
    private static final String FEED_NEXT_PAGE = "select " + COLUMNS + " from read.event_log where presidency = ? and ("
            + FEED_ORDER + ") > (?, ?, ?, ?) order by " + FEED_ORDER + " limit ?";

    private static final int PROJECTS = 4000;
    private static final int EVENTS_PER_PROJECT = 6;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void historyAndFeedAreReadInIndexOrder() throws Exception {
        StringBuilder plans = new StringBuilder();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            fillTheLog();
            String project = jdbc.queryForObject("select md5('plan-1234')::uuid::text", String.class);
            Map<String, Object> hundredth = jdbc.queryForMap("select " + FEED_ORDER
                    + " from read.event_log where presidency = 2010 order by " + FEED_ORDER + " offset 99 limit 1");

            String history = explain(HISTORY, project, "Project");
            String firstPage = explain(FEED_FIRST_PAGE, 2010, 101);
            String nextPage = explain(FEED_NEXT_PAGE, 2010, hundredth.get("effective_date"),
                    hundredth.get("recorded_at"), hundredth.get("aggregate_id"), hundredth.get("sequence"), 101);

            // a project's few events lie scattered over the log: fetched through the index, sorting them is trivial
            assertThat(history).containsPattern("Index (Only )?Scan (using|on) event_log_aggregate_id_sequence_key").doesNotContain("Seq Scan");
            assertThat(firstPage).contains("Index Scan using event_log_presidency_feed_idx").doesNotContain("Sort");
            assertThat(nextPage).contains("Index Scan using event_log_presidency_feed_idx").doesNotContain("Sort")
                    .contains("ROW(effective_date, recorded_at, aggregate_id, sequence) >");
            plans.append(section("History of one project", HISTORY, history))
                    .append(section("Feed, first page (size 100)", FEED_FIRST_PAGE, firstPage))
                    .append(section("Feed, page after a cursor", FEED_NEXT_PAGE, nextPage));
        });
        Path out = Path.of("target", "query-plans", "event-log.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, plans);
    }

    /**
     * Projects of 6 events each, their effective dates spread over 2003–2025 with the presidency of that year,
     * stored in the order they took effect, and statistics taken, as PostgreSQL would have them on a live log.
     */
    private void fillTheLog() {
        jdbc.update("""
                insert into read.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date,
                    recorded_at, presidency, actor, correlation_id, data)
                select md5('plan-' || p || '-' || s)::uuid::text, 'Project', md5('plan-' || p)::uuid::text, s,
                       'gp.project.SupportOffered.v1', day, day + make_interval(secs => p % 86400), extract(year from day)::int,
                       'planner', md5('request-' || p || '-' || s)::uuid::text,
                       json_build_object('projectId', md5('plan-' || p)::uuid::text, 'effectiveDate', day::text)
                  from generate_series(1, ?) p, generate_series(0, ? - 1) s,
                       lateral (select date '2003-01-01' + ((p * 37 + s * 53) % 8395) as day) d
                 order by day, p""",
                PROJECTS, EVENTS_PER_PROJECT);
        jdbc.execute("analyze read.event_log");
    }

    private String explain(String query, Object... parameters) {
        List<String> lines = jdbc.queryForList("explain (analyze, costs, buffers, timing off, summary off) " + query,
                String.class, parameters);
        return String.join("\n", lines);
    }

    private static String section(String title, String query, String plan) {
        return "### " + title + "\n\n```sql\n" + query + "\n```\n\n```\n" + plan + "\n```\n\n";
    }
}
