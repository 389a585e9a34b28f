package org.gptracker.benchmarks.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.gptracker.benchmarks.portfolio.Partnership;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.Test;

class LifecycleScriptTest {

    private static List<List<LifecycleScript.Step>> scripts(int count) {
        Random random = new Random(7);
        List<List<LifecycleScript.Step>> scripts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scripts.add(LifecycleScript.draw(random));
        }
        return scripts;
    }

    @Test
    void everyScriptProposesFirstAndClosesLast() {
        for (List<LifecycleScript.Step> script : scripts(500)) {
            assertThat(script.get(0)).isInstanceOf(LifecycleScript.Propose.class);
            assertThat(script.get(script.size() - 1)).isInstanceOf(LifecycleScript.Close.class);
            assertThat(script.stream().filter(LifecycleScript.Propose.class::isInstance)).hasSize(1);
            assertThat(script.stream().filter(LifecycleScript.Close.class::isInstance)).hasSize(1);
        }
    }

    @Test
    void onlyOffersAlreadyMadeAreAcceptedAndOnlyPartnersCommit() {
        for (List<LifecycleScript.Step> script : scripts(500)) {
            List<String> offeredBy = new ArrayList<>();
            Set<String> partners = new HashSet<>();
            Set<Integer> accepted = new HashSet<>();
            for (LifecycleScript.Step step : script) {
                if (step instanceof LifecycleScript.Offer offer) {
                    assertThat(offeredBy).doesNotContain(offer.donor());
                    offeredBy.add(offer.donor());
                } else if (step instanceof LifecycleScript.Accept accept) {
                    assertThat(accept.offer()).isLessThan(offeredBy.size());
                    assertThat(accepted.add(accept.offer())).as("each offer accepted once").isTrue();
                    partners.add(offeredBy.get(accept.offer()));
                } else if (step instanceof LifecycleScript.Commit commit) {
                    assertThat(partners).contains(commit.donor());
                }
            }
        }
    }

    @Test
    void noDonorDisbursesMoreThanItCommitted() {
        for (List<LifecycleScript.Step> script : scripts(500)) {
            Map<String, Long> headroom = new HashMap<>();
            for (LifecycleScript.Step step : script) {
                if (step instanceof LifecycleScript.Commit commit) {
                    headroom.merge(commit.donor(), commit.euros(), Long::sum);
                } else if (step instanceof LifecycleScript.Disburse disburse) {
                    long left = headroom.getOrDefault(disburse.donor(), 0L) - disburse.euros();
                    assertThat(left).as("headroom of " + disburse.donor()).isGreaterThanOrEqualTo(0);
                    headroom.put(disburse.donor(), left);
                }
            }
        }
    }

    @Test
    void everyDonorIsAMemberInGoodStandingOnEveryDateOfTheScript() {
        LocalDate last = LifecycleScript.dateOf(30);
        Set<String> inGoodStanding = new HashSet<>(Partnership.membersInGoodStanding(LifecycleScript.FIRST_DAY).stream()
                .map(Member::code).toList());
        inGoodStanding.retainAll(Partnership.membersInGoodStanding(last).stream().map(Member::code).toList());
        for (List<LifecycleScript.Step> script : scripts(500)) {
            assertThat(script.size()).isLessThanOrEqualTo(30);
            for (LifecycleScript.Step step : script) {
                if (step instanceof LifecycleScript.Offer offer) {
                    assertThat(inGoodStanding).contains(offer.donor());
                }
            }
        }
        assertThat(Partnership.presidencyOn(last)).as("the last possible date still falls in a presidency").isPresent();
    }

    @Test
    void theMixHoldsEveryLifecycleCommandWithMoreMoneyStepsThanProposals() {
        Map<String, Integer> mix = new TreeMap<>();
        for (List<LifecycleScript.Step> script : scripts(1000)) {
            script.forEach(step -> mix.merge(step.getClass().getSimpleName(), 1, Integer::sum));
        }

        assertThat(mix).containsOnlyKeys("Propose", "Offer", "Accept", "Commit", "Disburse", "Close");
        assertThat(mix.get("Propose")).isEqualTo(1000).isEqualTo(mix.get("Close"));
        assertThat(mix.get("Offer")).isGreaterThan(mix.get("Accept"));
        assertThat(mix.get("Accept")).isEqualTo(mix.get("Commit"));
        assertThat(mix.get("Disburse")).isGreaterThan(mix.get("Commit"));
    }

    @Test
    void eachCommandPathIsCountedUnderItsKind() {
        assertThat(CommandClient.kindOf("/api/projects")).isEqualTo("propose");
        assertThat(CommandClient.kindOf("/api/projects/p/offers")).isEqualTo("offer");
        assertThat(CommandClient.kindOf("/api/projects/p/offers/o/accept")).isEqualTo("accept");
        assertThat(CommandClient.kindOf("/api/projects/p/commitments")).isEqualTo("commit");
        assertThat(CommandClient.kindOf("/api/projects/p/disbursements")).isEqualTo("disburse");
        assertThat(CommandClient.kindOf("/api/projects/p/close")).isEqualTo("close");
    }
}
