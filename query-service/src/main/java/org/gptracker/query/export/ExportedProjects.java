package org.gptracker.query.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Money;
import org.gptracker.query.project.ProjectFilter;
import org.gptracker.query.project.ProjectQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads the projects a filter selects for an export, one at a time off a database cursor, in the order of the
 * project list (proposal date, then id). Each row carries its partners and transactions, so an export of any
 * size holds one project in memory at a time.
 */
@Repository
class ExportedProjects {

    /** Rows fetched per round trip; PostgreSQL's driver uses a cursor only inside a transaction. */
    private static final int FETCH_SIZE = 500;

    private static final String SELECT = """
            select %s, p.description, p.updated_at,
                array(select o.donor::text from read.project_offer o
                      where o.project_id = p.project_id and o.state = 'ACCEPTED'
                        and (cast(:asOf as date) is null or o.decided_on <= :asOf)
                      group by o.donor order by o.donor) as partners,
                (select json_agg(t order by t.on_date, t.kind_order, t.ref) from (
                    select 'PLEDGE' as kind, 0 as kind_order, o.offer_id as ref, o.donor::text as donor,
                        o.amount::text as amount, o.currency::text as currency, o.offered_on as on_date,
                        o.offered_sequence as seq
                    from read.project_offer o
                    where o.project_id = p.project_id and o.state = 'ACCEPTED' and o.amount is not null
                      and (cast(:asOf as date) is null or o.decided_on <= :asOf)
                    union all
                    select f.kind, case f.kind when 'COMMITMENT' then 1 else 2 end, f.flow_id, f.donor::text,
                        f.amount::text, f.currency::text, f.effective_date, f.sequence
                    from read.project_flow f
                    where f.project_id = p.project_id and (cast(:asOf as date) is null or f.effective_date <= :asOf)
                ) t) as transactions
            from read.project p
            where %s
            order by p.proposed_on, p.project_id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    ExportedProjects(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** Hands each selected project to {@code export} as it is read, all from one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void forEach(ProjectFilter filter, Consumer<ExportedProject> export) {
        jdbc.query(SELECT.formatted(ProjectQueries.summaryColumns(), filter.where()), filter.parameters(),
                (RowCallbackHandler) rs -> export.accept(project(rs)));
    }

    /** Every priority code a presidency declared, with its title; a code declared by several, the latest one's. */
    @Transactional(readOnly = true)
    Map<String, String> priorityTitles() {
        Map<String, String> titles = new HashMap<>();
        jdbc.query("select code, title from read.presidency_priority order by year",
                (RowCallbackHandler) rs -> titles.put(rs.getString("code"), rs.getString("title")));
        return titles;
    }

    private ExportedProject project(ResultSet rs) throws SQLException {
        return new ExportedProject(
                rs.getObject("project_id", UUID.class).toString(),
                rs.getString("title"),
                rs.getString("description"),
                texts(rs.getArray("recipients")),
                CbrnArea.valueOf(rs.getString("area")),
                texts(rs.getArray("priorities")),
                Money.of(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
                rs.getString("status_then"),
                rs.getString("outcome_then"),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("proposed_presidency", Integer.class),
                rs.getObject("matched_on_then", LocalDate.class),
                rs.getObject("funded_on_then", LocalDate.class),
                rs.getObject("closed_on_then", LocalDate.class),
                rs.getTimestamp("updated_at").toInstant(),
                texts(rs.getArray("partners")),
                transactions(rs.getString("transactions")));
    }

    private List<Transaction> transactions(String rows) {
        if (rows == null) {
            return List.of();
        }
        List<Transaction> transactions = new ArrayList<>();
        try {
            for (JsonNode row : json.readTree(rows)) {
                transactions.add(new Transaction(Transaction.Type.valueOf(row.get("kind").asText()), row.get("ref").asText(),
                        row.get("donor").asText(),
                        Money.of(new BigDecimal(row.get("amount").asText()), row.get("currency").asText()),
                        LocalDate.parse(row.get("on_date").asText()), row.get("seq").asLong()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg gave unreadable JSON", e);
        }
        return transactions;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
