package org.gptracker.command.it;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Events written straight into the event store as the storage engine writes a command's events, with "now" as their
 * recording time: projects {@code first..last} of a run, {@code eventsPerProject} each (a proposal, then revisions),
 * all of one sequence number before the next, so each aggregate's events spread over the whole backlog. On the
 * caller's connection, so a test can hold the transaction open. They are not linked into the audit chain, so a
 * test removes them when it ends ({@link #removeAll}): later tests of the same store record digests over it.
 */
final class BacklogRows {

    private static final String BACKLOG = """
            insert into events.domain_event_entry
                (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
                 payload, meta_data)
            select md5(? || '/event/' || p.n || '/' || s.seq)::uuid::text, p.id, s.seq, 'Project',
                   to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   case s.seq when 0 then 'gp.project.ProjectProposed' else 'gp.project.ProposalRevised' end, '1',
                   convert_to(case s.seq
                       when 0 then json_build_object('projectId', p.id, 'title', 'Backlog project ' || p.n,
                            'description', repeat('Physical protection and detection capacity. ', 6),
                            'recipients', json_build_array('UA'), 'area', 'NUCLEAR', 'priorities', json_build_array('UKRAINE'),
                            'requestedBudget', json_build_object('amount', '2500000.00', 'currency', 'EUR'),
                            'expertiseNeeded', json_build_array(), 'effectiveDate', '2024-03-01', 'presidencyYear', 2024)
                       else json_build_object('projectId', p.id, 'title', 'Backlog project ' || p.n || ', revision ' || s.seq,
                            'effectiveDate', '2024-03-02', 'presidencyYear', 2024)
                       end::text, 'UTF8'),
                   convert_to(json_build_object('actor', 'backlog-loader', 'correlationId', md5(? || '/correlation')::uuid::text)::text, 'UTF8')
            from (select n, md5(? || '/project/' || n)::uuid::text as id from generate_series(?, ?) n) p
            cross join generate_series(?, ?) s(seq)
            order by s.seq, p.n""";

    private static final String REMOVE = """
            delete from events.domain_event_entry
            where position(convert_to('"backlog-loader"', 'UTF8') in meta_data) > 0""";

    private BacklogRows() {
    }

    static void store(Connection connection, String run, int firstProject, int lastProject, int eventsPerProject)
            throws Exception {
        storeSequences(connection, run, firstProject, lastProject, 0, eventsPerProject - 1);
    }

    /** Events {@code firstSequence..lastSequence} of each project (0 is the proposal). */
    static void storeSequences(Connection connection, String run, int firstProject, int lastProject, int firstSequence,
                               int lastSequence) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(BACKLOG)) {
            insert.setString(1, run);
            insert.setString(2, run);
            insert.setString(3, run);
            insert.setInt(4, firstProject);
            insert.setInt(5, lastProject);
            insert.setInt(6, firstSequence);
            insert.setInt(7, lastSequence);
            insert.executeUpdate();
        }
    }

    static void removeAll(JdbcTemplate jdbc) {
        jdbc.update(REMOVE);
    }
}
