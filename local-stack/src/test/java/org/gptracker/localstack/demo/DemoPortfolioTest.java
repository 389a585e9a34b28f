package org.gptracker.localstack.demo;

import org.gptracker.localstack.demo.LifecycleRow.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPortfolioTest {

    private final List<LifecycleRow> rows = DemoPortfolio.rows();
    private final Map<String, List<LifecycleRow>> projects = byProject(rows);

    @Test
    void under2023Exactly319ProjectsAreFundedFirst() {
        long funded = projects.values().stream()
                .map(steps -> steps.stream().filter(row -> row.step() == Step.COMMIT).map(LifecycleRow::effectiveDate)
                        .min(LocalDate::compareTo).orElse(null))
                .filter(day -> day != null && day.getYear() == 2023)
                .count();

        assertThat(funded).isEqualTo(319);
    }

    @Test
    void theProjectsActiveIn2023Reach96RecipientStates() {
        Set<String> states = new HashSet<>();
        for (List<LifecycleRow> steps : projects.values()) {
            if (steps.stream().anyMatch(row -> row.effectiveDate().getYear() == 2023)) {
                states.addAll(steps.get(0).recipients());
            }
        }

        assertThat(states).hasSize(96).containsExactlyInAnyOrderElementsOf(DemoPortfolio.STATES_2023);
    }

    @Test
    void theNamedProjectsAreThereWithTheirRecipients() {
        Map<String, List<String>> titles = new HashMap<>();
        projects.values().forEach(steps -> titles.put(steps.get(0).title(), steps.get(0).recipients()));

        assertThat(titles).containsEntry("Public-health CBRN crisis response in Ukraine", List.of("UA"))
                .containsEntry("Physical protection at the Chornobyl site", List.of("UA"))
                .containsEntry("Radioactive source security in Ukraine", List.of("UA"))
                .containsEntry("Mexico-Chile-Brazil trilateral UNSCR 1540 peer review", List.of("MX", "CL", "BR"))
                .containsEntry("Capacity to implement UN sanctions on North Korea", List.of("PH", "MY", "ID", "TH", "VN"))
                .containsEntry("Preventing the re-emergence of chemical weapons in Syria", List.of("SY"));
        assertThat(titles.keySet()).filteredOn(title -> title.startsWith("Signature Initiative")).hasSize(2);
    }

    @Test
    void everyProjectFollowsTheLifecycleRules() {
        for (Map.Entry<String, List<LifecycleRow>> project : projects.entrySet()) {
            List<LifecycleRow> steps = project.getValue();
            assertThat(steps.get(0).step()).as(project.getKey()).isEqualTo(Step.PROPOSE);
            Map<String, String> offers = new HashMap<>();
            Set<String> partners = new HashSet<>();
            Map<String, BigDecimal> headroom = new HashMap<>();
            boolean closed = false;
            boolean funded = false;
            LocalDate previous = steps.get(0).effectiveDate();
            for (LifecycleRow row : steps.subList(1, steps.size())) {
                assertThat(closed).as("%s: nothing after closing", project.getKey()).isFalse();
                assertThat(row.effectiveDate()).as(project.getKey()).isAfterOrEqualTo(previous)
                        .isBeforeOrEqualTo(DemoPortfolio.LATEST);
                previous = row.effectiveDate();
                String account = row.donor() + " " + row.currency();
                switch (row.step()) {
                    case OFFER -> offers.put(row.offer(), row.donor());
                    case ACCEPT -> partners.add(offers.remove(row.offer()));
                    case DECLINE, WITHDRAW -> assertThat(offers.remove(row.offer())).as(project.getKey()).isNotNull();
                    case COMMIT -> {
                        assertThat(partners).as("%s: commitments come from partners", project.getKey()).contains(row.donor());
                        headroom.merge(account, new BigDecimal(row.amount()), BigDecimal::add);
                        funded = true;
                    }
                    case DISBURSE -> {
                        BigDecimal left = headroom.getOrDefault(account, BigDecimal.ZERO).subtract(new BigDecimal(row.amount()));
                        assertThat(left.signum()).as("%s: disbursed no more than committed", project.getKey()).isNotNegative();
                        headroom.put(account, left);
                    }
                    case CLOSE -> {
                        closed = true;
                        if (row.outcome().equals("COMPLETED")) {
                            assertThat(funded).as("%s: completed only once funded", project.getKey()).isTrue();
                        }
                    }
                    default -> throw new AssertionError(row);
                }
            }
        }
    }

    @Test
    void theSamePortfolioEveryTime() {
        assertThat(LifecycleRow.csv(DemoPortfolio.rows())).isEqualTo(LifecycleRow.csv(rows));
    }

    @Test
    void the2024PortfolioFollowsItalysPriorities() {
        List<String> priorities = new ArrayList<>();
        projects.values().stream().map(steps -> steps.get(0)).filter(proposal -> proposal.effectiveDate().getYear() == 2024)
                .forEach(proposal -> priorities.addAll(proposal.priorities()));

        assertThat(priorities).hasSize(160).allMatch(code -> List.of("BIOSECURITY_AFRICA", "CHEMICAL_SECURITY_CLIMATE",
                "EMERGING_TECHNOLOGIES", "COUNTER_PROLIFERATION_FINANCING").contains(code));
    }

    private static Map<String, List<LifecycleRow>> byProject(List<LifecycleRow> rows) {
        Map<String, List<LifecycleRow>> projects = new LinkedHashMap<>();
        rows.forEach(row -> projects.computeIfAbsent(row.project(), reference -> new ArrayList<>()).add(row));
        return projects;
    }
}
