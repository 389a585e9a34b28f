package org.gptracker.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;
import java.util.UUID;

/**
 * The digest the service records by itself once a day ({@code gp.audit.digest-cron}, UTC), unless one was
 * recorded in the last 20 hours, by hand or by another instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    /** Who records the daily digest: the service itself, so its event names an actor like every other. */
    static final String ACTOR = "gp-tracker:daily-digest";

    private final Digests digests;

    DailyDigest(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${gp.audit.digest-cron:0 0 0 * * *}", zone = "UTC")
    void record() {
        try {
            digests.recordUnlessRecent(Duration.ofHours(20), ACTOR, UUID.randomUUID().toString())
                    .ifPresent(digest -> log.info("Recorded the daily audit digest {} over {} chain heads: root {}",
                            digest.digestId(), digest.treeSize(), digest.root()));
        } catch (RuntimeException e) {
            log.error("Could not record the daily audit digest; the next run tries again", e);
        }
    }
}
