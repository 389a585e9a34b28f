package org.gptracker.query;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.gptracker.testsupport.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A read model of some thousands of projects in a database of its own ({@code gp_query_plans}, so no other
 * test sees them), and a {@link NamedParameterJdbcTemplate} that takes the plan of every query the code
 * under test runs, with its own bind values, before running it.
 */
public final class QueryPlans extends NamedParameterJdbcTemplate {

    private static final String DATABASE = "gp_query_plans";

    private final List<Plan> plans = new ArrayList<>();

    /** One query as the code ran it, and PostgreSQL's plan of it. */
    public record Plan(String sql, String plan) {
    }

    private QueryPlans(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** The read model migrated afresh and filled; vacuumed, statistics taken. */
    public static QueryPlans onAFilledReadModel() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl(DATABASE),
                infrastructure.username(), infrastructure.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists read cascade");
        // the rows are filled before the presidency tallies' migration, which then counts them as it would on upgrade
        migrate(dataSource, MigrationVersion.fromVersion("12"));
        fill(jdbc);
        migrate(dataSource, MigrationVersion.LATEST);
        // as autovacuum would have by then: a visibility map that lets counts read indexes only, and statistics
        String tables = "read.presidency, read.presidency_priority, read.project, read.project_offer, read.project_flow, "
                + "read.project_activity, read.milestone_tally, read.activity_tally";
        vacuumUntilAllVisible(jdbc, tables);
        jdbc.execute("analyze " + tables);
        return new QueryPlans(jdbc);
    }

    private static void migrate(DataSource dataSource, MigrationVersion target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query").schemas("read").createSchemas(true)
                .target(target).load().migrate();
    }

    @Override
    protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource parameters) {
        List<String> lines = getJdbcOperations().query(
                super.getPreparedStatementCreator("explain (analyze, buffers, costs off, timing off, summary off) " + sql, parameters),
                (rs, n) -> rs.getString(1));
        plans.add(new Plan(sql.strip(), String.join("\n", lines)));
        return super.getPreparedStatementCreator(sql, parameters);
    }

    /** The plans taken since the last call. */
    public List<Plan> taken() {
        List<Plan> taken = List.copyOf(plans);
        plans.clear();
        return taken;
    }

    /** The plans as a markdown section: each statement, then its plan. */
    public static String section(String title, List<Plan> plans) {
        return "### " + title + "\n\n" + plans.stream()
                .map(plan -> "```sql\n" + plan.sql() + "\n```\n\n```\n" + plan.plan() + "\n```\n")
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** Writes the plans under {@code target/query-plans/}, as markdown for docs/query-plans.md. */
    public static void write(String file, String markdown) throws IOException {
        Path target = Path.of("target", "query-plans", file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, markdown);
    }

    /**
     * 23 calendar-year presidencies (2003–2025) and 6,000 projects proposed evenly across them: 80 % matched,
     * 60 % funded, nine in ten closed two to four years after their proposal; two offers each; a commitment and a disbursement per funded project;
     * activity in every presidency a project had an event in.
     */
    private static void fill(JdbcTemplate jdbc) {
        jdbc.execute("""
                insert into read.presidency (year, chair, starts_on, ends_on, opened_on, closed_on, successor_year, version, updated_at)
                select y, (array['JP','IT','CA','DE','FR','GB','US'])[1 + y % 7], make_date(y, 1, 1), make_date(y, 12, 31),
                       make_date(y - 1, 11, 1), make_date(y, 12, 31), y + 1, 1, now()
                from generate_series(2003, 2025) y;
                insert into read.presidency_priority (year, code, title, position, declared_on)
                select y, 'PRIORITY_' || p, 'Priority ' || p, p, make_date(y - 1, 11, 1)
                from generate_series(2003, 2025) y, generate_series(0, 2) p;
                insert into read.project (project_id, title, description, recipients, area, priorities, requested_amount,
                    requested_currency, expertise_needed, status, proposed_on, proposed_presidency, version, updated_at,
                    outcome, matched_on, funded_on, closed_on)
                select md5('plan-' || i)::uuid, 'Project ' || i, null,
                       array[(array['UA','KE','TZ','NG','GH','SN','JO','IQ','PH','ID','VN','KZ','UZ','GE','MD','AM','TN','MA','EG','PE'])[1 + i % 20]],
                       (array['CHEMICAL','BIOLOGICAL','RADIOLOGICAL','NUCLEAR','CROSS_CUTTING'])[1 + i % 5],
                       array['PRIORITY_' || (i % 7)], 100000 + i, 'EUR', '{}',
                       case when closed_on is not null then 'CLOSED' when funded_on is not null then 'FUNDED'
                            when matched_on is not null then 'MATCHED' else 'PROPOSED' end,
                       proposed_on, extract(year from proposed_on), 5, now(),
                       case when closed_on is null then null when funded_on is not null then 'COMPLETED' else 'CANCELLED' end,
                       matched_on, funded_on, closed_on
                from (select i, proposed_on,
                             case when i % 10 < 8 then proposed_on + 60 end as matched_on,
                             case when i % 10 < 6 then proposed_on + 150 end as funded_on,
                             -- most projects end within two to four years
                             case when i % 10 <> 9 and proposed_on + 700 + i % 700 < date '2025-11-01'
                                  then proposed_on + 700 + i % 700 end as closed_on
                      from (select i, date '2003-01-01' + (i * 8333 / 6000) as proposed_on
                            from generate_series(1, 6000) i) proposals) projects;
                insert into read.project_offer (project_id, offer_id, donor, kind, amount, currency, state, offered_on,
                    offered_presidency, offered_sequence, decided_on, decided_presidency, decided_sequence)
                select p.project_id, 'o' || o, (array['JP','IT','CA','DE','FR','GB','US','NL','SE','NO','CH','AU','KR','FI','DK'])[1 + (abs(hashtext(p.title)) + o) % 15],
                       'FUNDS', 50000, 'EUR',
                       case when o = 1 and p.matched_on is not null then 'ACCEPTED' when o = 2 then 'DECLINED' else 'OPEN' end,
                       p.proposed_on + 30, null, o,
                       case when o = 1 and p.matched_on is not null then p.matched_on when o = 2 then p.proposed_on + 45 end,
                       null, case when o = 1 and p.matched_on is not null then 3 when o = 2 then 4 end
                from read.project p, generate_series(1, 2) o;
                insert into read.project_flow (project_id, kind, flow_id, donor, amount, currency, effective_date, presidency, sequence)
                select o.project_id, k, 'f1', o.donor, 25000, 'EUR', p.funded_on + case when k = 'DISBURSEMENT' then 90 else 0 end,
                       null, case when k = 'DISBURSEMENT' then 6 else 5 end
                from read.project p join read.project_offer o on o.project_id = p.project_id and o.state = 'ACCEPTED',
                     unnest(array['COMMITMENT','DISBURSEMENT']) k
                where p.funded_on is not null;
                insert into read.project_activity (project_id, presidency, first_on, area, recipients, priorities, proposed_on)
                select dates.project_id, extract(year from d), min(d), min(p.area), min(p.recipients), min(p.priorities),
                       min(p.proposed_on)
                from (select project_id, proposed_on d from read.project
                      union all select project_id, matched_on from read.project where matched_on is not null
                      union all select project_id, funded_on from read.project where funded_on is not null
                      union all select project_id, closed_on from read.project where closed_on is not null
                      union all select project_id, offered_on from read.project_offer
                      union all select project_id, effective_date from read.project_flow) dates
                join read.project p on p.project_id = dates.project_id
                group by dates.project_id, extract(year from d);
                """);
    }

    /**
     * VACUUM marks a page all-visible only once the commit of its rows is flushed, as judged by the latest asynchronous
     * commit among neighbouring transaction ids; the test server commits asynchronously, and so do other tests running
     * beside this one, so the first vacuum can leave the map empty until the WAL writer flushes (within 200 ms).
     */
    private static void vacuumUntilAllVisible(JdbcTemplate jdbc, String tables) {
        String allVisible = "select bool_and(relallvisible = relpages) from pg_class where oid = any (array['"
                + String.join("'::regclass, '", tables.split(", ")) + "'::regclass])";
        for (int attempt = 0; attempt < 50; attempt++) {
            jdbc.execute("vacuum " + tables);
            if (Boolean.TRUE.equals(jdbc.queryForObject(allVisible, Boolean.class))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while vacuuming the read model", e);
            }
        }
        throw new IllegalStateException("the read model is not all-visible after 50 vacuums: plans would read the heap");
    }
}
