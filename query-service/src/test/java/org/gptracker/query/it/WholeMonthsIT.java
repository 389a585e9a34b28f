package org.gptracker.query.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window's totals are read from its whole months and from the days around them ({@code read.whole_months}, decision
 * 0069), so every day of the window must be read once and no day outside it.
 */
class WholeMonthsIT extends QueryServiceTestBase {

    @Test
    void everyDayOfARangeIsReadExactlyOnceFromItsMonthOrByItself() {
        // every range starting from 2023-12-01 to 2024-03-06 (a leap February among them), empty to 70 days long
        Long wrongDays = jdbc.queryForObject("""
                with ranges as (
                    select first_day::date, first_day::date + length as last_day
                    from generate_series(date '2023-12-01', date '2024-03-06', interval '1 day') first_day,
                         generate_series(-2, 70) length),
                read_days as (
                    select r.first_day, r.last_day, d::date as day
                    from ranges r, read.whole_months(r.first_day, r.last_day) w, lateral (
                        select generate_series(month, month + interval '1 month' - interval '1 day', interval '1 day')::date
                        from generate_series(w.months_from, w.months_until - 1, interval '1 month') month
                        union all select generate_series(r.first_day, w.head_until - 1, interval '1 day')::date
                        union all select generate_series(w.months_until, r.last_day, interval '1 day')::date) days (d)),
                range_days as (
                    select first_day, last_day, generate_series(first_day, last_day, interval '1 day')::date as day from ranges)
                select count(*) from ((select * from read_days except all select * from range_days)
                                      union all (select * from range_days except all select * from read_days)) wrong""", Long.class);

        assertThat(wrongDays).isZero();
    }
}
