package org.gptracker.localstack;

import org.gptracker.localstack.Portfolio.MatchedProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two query-service processes in one consumer group on one database: they share the partitions, and one takes over from the other. */
class TwoQueryInstancesIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoQueryInstancesIT.class);
    private static final int PROJECTS = 20;
    private static final int ROUNDS = 5;
    private static final Set<Integer> ALL_PARTITIONS = new TreeSet<>(IntStream.range(0, 6).boxed().toList());

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();
    private final Ledger ledger = new Ledger();
    private final Consistency consistency = new Consistency(services, http);

    @BeforeAll
    static void startServices() {
        services = RunningServices.startSeparate(TwoQueryInstancesIT.class, "two_query");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void twoQueryServicesShareThePartitionsAndTheSurvivorOfAKillTakesOverKeepingTotalsExact() throws Exception {
        List<MatchedProject> projects = Portfolio.matched(services, http, PROJECTS);
        RunningServices.Instance first = services.queryService();
        String group = services.consumerGroup();
        try (EventTopic topic = new EventTopic(services.kafkaBootstrapServers(), services.topic())) {
            // member ids survive rebalances, so the members of the group now are the first instance's consumers for good
            Set<String> firstMembers = Await.until(Duration.ofSeconds(60), () -> topic.assignment(group),
                    TwoQueryInstancesIT::settled).members();

            RunningServices.Instance second = services.addQueryService();
            EventTopic.Assignment shared = Await.until(Duration.ofSeconds(90), () -> topic.assignment(group),
                    assignment -> settled(assignment) && !firstMembers.containsAll(assignment.members()));
            Set<String> secondMembers = without(shared.members(), firstMembers);
            Set<Integer> ownedByFirst = shared.partitionsOf(firstMembers);
            Set<Integer> ownedBySecond = shared.partitionsOf(secondMembers);
            LOG.info("{} consumers in group {}: {} owns partitions {}, {} owns {}", shared.members().size(), group,
                    first, ownedByFirst, second, ownedBySecond);
            assertThat(settled(shared)).as("every partition has one owner: %s", shared).isTrue();
            assertThat(ownedByFirst).as("partitions owned by %s", first).isNotEmpty();
            assertThat(ownedBySecond).as("partitions owned by %s", second).isNotEmpty();

            FundingTraffic whileShared = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(30));
            whileShared.run(projects, 4, ROUNDS, Duration.ofMinutes(3));
            assertThat(whileShared.unexpected()).isEmpty();
            Consistency.Totals sharedTotals = consistency.awaitConsistent(first, Duration.ofMinutes(2));
            ledger.assertEventStoreHoldsExactly(services);
            ledger.assertQueryServiceShows(http, first::url);
            ledger.assertQueryServiceShows(http, second::url);
            LOG.info("while shared: {} commands accepted, {} events over {} aggregates, each projected once",
                    ledger.acceptedCommands(), sharedTotals.events(), sharedTotals.aggregates());

            first.kill();
            long killed = System.nanoTime();
            FundingTraffic afterKill = new FundingTraffic(services::command, http, ledger, Duration.ofSeconds(30));
            afterKill.run(projects, 4, ROUNDS, Duration.ofMinutes(3));
            assertThat(afterKill.unexpected()).isEmpty();
            // the killed consumers leave the group only when their sessions time out
            EventTopic.Assignment takenOver = Await.until(Duration.ofMinutes(2), () -> topic.assignment(group),
                    assignment -> settled(assignment) && assignment.members().stream().noneMatch(firstMembers::contains));
            LOG.info("{} s after {} was killed the group has {} consumers, all of {}; they own {}",
                    (System.nanoTime() - killed) / 1_000_000_000, first, takenOver.members().size(), second,
                    takenOver.partitionsOf(secondMembers));
            assertThat(takenOver.members()).as("consumers left in the group").isSubsetOf(secondMembers);
            assertThat(takenOver.partitionsOf(secondMembers)).as("partitions owned by %s", second).isEqualTo(ALL_PARTITIONS);

            Consistency.Totals totals = consistency.awaitConsistent(second, Duration.ofMinutes(2));
            ledger.assertEventStoreHoldsExactly(services);
            ledger.assertQueryServiceShows(http, second::url);
            double absorbed = Metrics.total(http, second.url("/actuator/prometheus"), "gp_projection_duplicates_total");
            LOG.info("{} commands accepted in all; {} events over {} aggregates, each projected once; {} duplicates absorbed by {}",
                    ledger.acceptedCommands(), totals.events(), totals.aggregates(), (long) absorbed, second);
        }
    }

    /** No rebalance under way, and every partition has exactly one owner among the group's members. */
    private static boolean settled(EventTopic.Assignment assignment) {
        Set<Integer> owned = assignment.partitionsOf(assignment.members());
        int assignments = assignment.owners().values().stream().mapToInt(Set::size).sum();
        return assignment.stable() && owned.equals(ALL_PARTITIONS) && assignments == ALL_PARTITIONS.size();
    }

    private static Set<String> without(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }
}
