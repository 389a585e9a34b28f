package org.gptracker.query.consistency;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String PROJECT = "Project";
    private static final String A = "0b6f1c9e-0000-4000-8000-00000000000a";
    private static final String B = "0b6f1c9e-0000-4000-8000-00000000000b";
    private static final String C = "0b6f1c9e-0000-4000-8000-00000000000c";

    @Test
    void equalLastSequencesOnBothSidesAreConsistent() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 3), presidency("2025", 1)), readModel(at(A, 3), presidency("2025", 1)), NOW);

        assertThat(report.consistent()).isTrue();
        assertThat(report.differences()).isEmpty();
        assertThat(report.aggregates()).isEqualTo(2);
        assertThat(report.checkedAt()).isEqualTo(NOW);
    }

    @Test
    void aReadModelBehindTheStoreIsADifference() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 2)), readModel(at(A, 0)), NOW);

        assertThat(report.consistent()).isFalse();
        assertThat(report.differences()).containsExactly(new Difference(A, PROJECT, 2L, 0L));
    }

    @Test
    void aReadModelAheadOfTheStoreIsADifference() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 1)), readModel(at(A, 4)), NOW);

        assertThat(report.consistent()).isFalse();
        assertThat(report.differences()).containsExactly(new Difference(A, PROJECT, 1L, 4L));
    }

    @Test
    void anAggregateOnlyTheStoreKnowsHasNoReadModelSequence() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 0), presidency("2031", 2)), readModel(at(A, 0)), NOW);

        assertThat(report.differences()).containsExactly(new Difference("2031", "Presidency", 2L, null));
        assertThat(report.aggregates()).isEqualTo(2);
    }

    @Test
    void anAggregateOnlyTheReadModelKnowsHasNoStoreSequence() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 0)), readModel(at(A, 0), at(B, 5)), NOW);

        assertThat(report.differences()).containsExactly(new Difference(B, PROJECT, null, 5L));
        assertThat(report.aggregates()).isEqualTo(2);
    }

    @Test
    void differencesAreOrderedByAggregateIdWhateverSideTheyComeFrom() {
        ConsistencyReport report = Comparison.of(List.of(at(C, 1), at(A, 1)), readModel(at(B, 0), at(C, 0)), NOW);

        assertThat(report.differences()).extracting(Difference::aggregateId).containsExactly(A, B, C);
        assertThat(report.aggregates()).isEqualTo(3);
    }

    @Test
    void anAggregateTheStoreListsTwiceIsComparedAndCountedOnce() {
        ConsistencyReport report = Comparison.of(List.of(at(A, 1), at(A, 1)), readModel(at(A, 0)), NOW);

        assertThat(report.differences()).containsExactly(new Difference(A, PROJECT, 1L, 0L));
        assertThat(report.aggregates()).isEqualTo(1);
    }

    @Test
    void twoEmptySidesAreConsistent() {
        ConsistencyReport report = Comparison.of(List.of(), Map.of(), NOW);

        assertThat(report.consistent()).isTrue();
        assertThat(report.aggregates()).isZero();
    }

    private static AggregatePosition at(String projectId, long lastSequence) {
        return new AggregatePosition(projectId, PROJECT, lastSequence);
    }

    private static AggregatePosition presidency(String year, long lastSequence) {
        return new AggregatePosition(year, "Presidency", lastSequence);
    }

    private static Map<String, AggregatePosition> readModel(AggregatePosition... positions) {
        return List.of(positions).stream().collect(Collectors.toMap(AggregatePosition::aggregateId, Function.identity()));
    }
}
