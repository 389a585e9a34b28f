package org.gptracker.command.relay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LateEventsTest {

    private static GapAwareTrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }

    @Test
    void nothingIsGivenUpWhileTheTokenStillWaitsForEveryGap() {
        LateEvents.GivenUp givenUp = LateEvents.givenUpBetween(token(10, 7L), token(13, 7L, 11L, 12L), 100);

        assertThat(givenUp.isEmpty()).isTrue();
    }

    @Test
    void gapsDroppedBehindTheMaximumOffsetAreGivenUp() {
        GapAwareTrackingToken before = token(10, 3L, 7L);
        GapAwareTrackingToken after = before.advanceTo(16, 5);

        assertThat(LateEvents.givenUpBetween(before, after, 100).indexes()).containsExactly(3L, 7L);
    }

    @Test
    void aFilledGapIsNotGivenUpButTheGapsTruncatedBelowItAre() {
        GapAwareTrackingToken before = token(20, 4L, 9L, 15L);
        GapAwareTrackingToken after = before.advanceTo(9, 10_000).withGapsTruncatedAt(9);

        assertThat(LateEvents.givenUpBetween(before, after, 100).indexes()).containsExactly(4L);
    }

    @Test
    void indexesSkippedTooFarBelowTheEventAreCountedNotListed() {
        LateEvents.GivenUp givenUp = LateEvents.givenUpBetween(token(10), token(1_000), 100);

        assertThat(givenUp.indexes()).hasSize(100).startsWith(900L).endsWith(999L);
        assertThat(givenUp.unlisted()).isEqualTo(889);
    }

    @Test
    void aLateEventHandedOutWithThePositionBeforeItsPageGivesNothingUp() {
        GapAwareTrackingToken position = token(10, 7L);

        assertThat(LateEvents.givenUpBetween(position, position, 100).isEmpty()).isTrue();
    }
}
