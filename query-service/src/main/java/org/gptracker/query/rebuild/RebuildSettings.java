package org.gptracker.query.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param batchSize   records applied per transaction
 * @param switchLag   the switch is tried once no more than this many records are left to read
 * @param lockTimeout how long the switch waits for a lock (queries in flight on the old tables) before it
 *                    gives up and is tried again
 * @param maxSwitchAttempts after so many failed switches the rebuild fails
 * @param maintenanceWorkMem PostgreSQL's {@code maintenance_work_mem} while the rebuilt tables' keys and indexes are
 *                          built (memory of the database server, not of this service)
 * @param projectsInMemory   projects (with their offers) kept in memory from batch to batch, so that a later batch
 *                           need not read them back from the tables it is filling
 */
@ConfigurationProperties("gp.rebuild")
record RebuildSettings(@DefaultValue("5000") int batchSize, @DefaultValue("5000") long switchLag,
                       @DefaultValue("5s") Duration lockTimeout, @DefaultValue("20") int maxSwitchAttempts,
                       @DefaultValue("256MB") String maintenanceWorkMem, @DefaultValue("20000") int projectsInMemory) {

    RebuildSettings {
        if (projectsInMemory < 1) {
            // the projects of the last batch are always kept: its write may not be committed when the next batch reads
            throw new IllegalArgumentException("gp.rebuild.projects-in-memory must be at least 1, not " + projectsInMemory);
        }
    }
}
