package org.gptracker.query.presidency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.LocalDate;

/** Whether the read model knows a presidency: for other features' answers about one. */
@Component
public class KnownPresidencies {

    private final JdbcTemplate jdbc;

    KnownPresidencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param asOf null for now, else whether it had been opened by the end of that date */
    public boolean exists(int year, LocalDate asOf) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from read.presidency where year = ? and (cast(? as date) is null or opened_on <= ?))",
                Boolean.class, year, new SqlParameterValue(Types.DATE, asOf), new SqlParameterValue(Types.DATE, asOf)));
    }
}
