package org.gptracker.benchmarks.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import org.gptracker.events.GpEvent;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    private static final int SIZE = 20_000;
    private static final List<GeneratedProject> PROJECTS = new Portfolio(20020627).projects(0, SIZE).toList();

    @Test
    void theSameSeedGivesTheSamePortfolio() {
        assertThat(new Portfolio(20020627).projects(0, 500).toList()).isEqualTo(PROJECTS.subList(0, 500));
    }

    @Test
    void aProjectIsTheSameWhicheverRangeItIsGeneratedIn() {
        Portfolio portfolio = new Portfolio(20020627);
        assertThat(portfolio.project(1234)).isEqualTo(PROJECTS.get(1234));
        assertThat(portfolio.projects(1000, 300).toList()).isEqualTo(PROJECTS.subList(1000, 1300));
    }

    @Test
    void anotherSeedGivesAnotherPortfolio() {
        GeneratedProject other = new Portfolio(7).project(0);
        assertThat(other.projectId()).isNotEqualTo(PROJECTS.get(0).projectId());
        assertThat(other.events()).isNotEqualTo(PROJECTS.get(0).events());
    }

    @Test
    void everyProjectObeysTheDomainRules() {
        Map<Long, List<String>> broken = PROJECTS.stream()
                .collect(Collectors.toMap(GeneratedProject::index, LifecycleRules::violations))
                .entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).limit(5)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(broken).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossThePortfolio() {
        assertThat(PROJECTS.stream().map(GeneratedProject::projectId).distinct().count()).isEqualTo(SIZE);
        List<String> offerIds = PROJECTS.stream().flatMap(p -> p.events().stream())
                .filter(SupportOffered.class::isInstance).map(e -> ((SupportOffered) e).offerId()).toList();
        assertThat(Set.copyOf(offerIds)).hasSameSizeAs(offerIds);
    }

    @Test
    void thePortfolioLooksLikeTheRealOne() {
        double eventsPerProject = PROJECTS.stream().mapToInt(p -> p.events().size()).average().orElseThrow();
        assertThat(eventsPerProject).as("events per project").isBetween(9.0, 11.5);

        List<GeneratedProject> older = PROJECTS.stream().filter(p -> p.proposedOn().isBefore(LocalDate.of(2020, 1, 1))).toList();
        assertThat(older.stream().filter(GeneratedProject::closed).count()).as("older projects closed")
                .isGreaterThan(older.size() * 8L / 10);
        assertThat(PROJECTS.stream().filter(p -> p.proposedOn().getYear() == 2025).filter(p -> !p.closed()).count())
                .as("recent projects still open").isPositive();

        Map<Integer, Long> byYear = PROJECTS.stream().collect(Collectors.groupingBy(p -> p.proposedOn().getYear(), Collectors.counting()));
        assertThat(byYear.keySet()).containsAll(List.of(2002, 2010, 2014, 2025));
        assertThat(byYear.get(2024)).isGreaterThan(byYear.get(2004));

        assertThat(PROJECTS.stream().flatMap(p -> ((ProjectProposed) p.events().get(0)).recipients().stream())
                .distinct().count()).as("recipient states").isGreaterThanOrEqualTo(90);
        Map<Class<?>, Long> kinds = PROJECTS.stream().flatMap(p -> p.events().stream())
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(kinds).containsKeys(ProposalRevised.class, OfferDeclined.class, OfferWithdrawn.class, ProjectClosed.class);
        assertThat(PROJECTS.stream().flatMap(p -> p.events().stream()).filter(FundingCommitted.class::isInstance)
                .map(e -> ((FundingCommitted) e).amount().currencyCode()).distinct().count()).as("currencies").isGreaterThan(3);
    }

    @Test
    void russiaGivesNothingAfterItsSuspension() {
        LocalDate suspended = LocalDate.of(2022, 3, 1);
        List<GpEvent> russian = PROJECTS.stream().flatMap(p -> p.events().stream())
                .filter(e -> e instanceof SupportOffered o && o.donor().code().equals("RU")
                        || e instanceof FundingCommitted c && c.donor().code().equals("RU"))
                .toList();
        assertThat(russian).isNotEmpty();
        assertThat(russian).allMatch(e -> e.effectiveDate().isBefore(suspended));
    }

    @Test
    void everyPresidencyHasAChairInGoodStandingAndWindowsDoNotOverlap() {
        List<Partnership.Presidency> presidencies = Partnership.presidencies();
        assertThat(presidencies).extracting(Partnership.Presidency::year)
                .containsExactlyElementsOf(IntStream.rangeClosed(2002, 2025).boxed().toList());
        for (int i = 0; i < presidencies.size(); i++) {
            Partnership.Presidency presidency = presidencies.get(i);
            assertThat(Partnership.inGoodStanding(presidency.chair(), presidency.startsOn())).as("chair of " + presidency.year()).isTrue();
            if (i > 0) {
                assertThat(presidency.startsOn()).isAfter(presidencies.get(i - 1).endsOn());
            }
        }
        Map<String, Long> chairs = presidencies.stream().collect(Collectors.groupingBy(p -> p.chair().code(), Collectors.counting()));
        assertThat(chairs).containsEntry("RU", 2L).containsEntry("DE", 3L);
        assertThat(Partnership.members()).extracting(Member::code).doesNotHaveDuplicates().hasSize(31).contains("EU");
    }
}
