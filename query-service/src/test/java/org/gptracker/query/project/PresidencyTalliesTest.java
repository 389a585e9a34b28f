package org.gptracker.query.project;

import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.ProjectStory;
import org.gptracker.query.project.PresidencyTallies.ActivityKey;
import org.gptracker.query.project.PresidencyTallies.Changes;
import org.gptracker.query.project.PresidencyTallies.Counted;
import org.gptracker.query.project.PresidencyTallies.FlowKey;
import org.gptracker.query.project.PresidencyTallies.MilestoneKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** How a batch's changes to projects change the totals a presidency's record is read from. */
class PresidencyTalliesTest {

    private static final LocalDate FEB_1 = LocalDate.of(2023, 2, 1);
    private final PresidencyTallies tallies = new PresidencyTallies();

    @Test
    void aProposedProjectCountsOnItsProposalDayAndInItsPresidencyFromThatDayByAreaPriorityAndState() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR", "BIO");

        tallies.changed(null, counted(story, Map.of(2023, FEB_1)));

        Changes changes = tallies.drain();
        assertThat(changes.milestones()).containsExactlyInAnyOrder(entry(new MilestoneKey(FEB_1, "PROPOSED", ""), 1));
        assertThat(changes.open()).containsExactlyInAnyOrder(entry(FEB_1, 1));
        assertThat(changes.activity()).containsExactlyInAnyOrder(
                entry(new ActivityKey(2023, "AREA", "BIOLOGICAL", FEB_1), 1),
                entry(new ActivityKey(2023, "PRIORITY", "BIO", FEB_1), 1),
                entry(new ActivityKey(2023, "RECIPIENT", "KE", FEB_1), 1));
    }

    @Test
    void aRevisedRecipientMovesTheProjectFromTheOldStateToTheNewOneInEveryPresidencyItIsActiveIn() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");
        Map<Integer, LocalDate> activeIn = Map.of(2023, FEB_1, 2024, LocalDate.of(2024, 1, 5));
        Counted before = counted(story, activeIn);

        tallies.changed(before, counted(story.revisedRecipients("2024-01-10", "TZ"), activeIn));

        assertThat(tallies.drain().activity()).containsExactlyInAnyOrder(
                entry(new ActivityKey(2023, "RECIPIENT", "KE", FEB_1), -1),
                entry(new ActivityKey(2023, "RECIPIENT", "TZ", FEB_1), 1),
                entry(new ActivityKey(2024, "RECIPIENT", "KE", LocalDate.of(2024, 1, 5)), -1),
                entry(new ActivityKey(2024, "RECIPIENT", "TZ", LocalDate.of(2024, 1, 5)), 1));
    }

    @Test
    void anEventThatChangesNothingCountedChangesNoTotal() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");
        Counted before = counted(story, Map.of(2023, FEB_1));

        tallies.changed(before, counted(story.offered("2023-02-03", "o1", "CA", "500.00 EUR"), Map.of(2023, FEB_1)));

        Changes changes = tallies.drain();
        assertThat(changes.milestones()).isEmpty();
        assertThat(changes.activity()).isEmpty();
        assertThat(changes.open()).isEmpty();
    }

    @Test
    void anEarlierFirstEventInAPresidencyMovesTheDayTheProjectCountsFrom() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");

        tallies.changed(counted(story, Map.of(2023, FEB_1)), counted(story, Map.of(2023, LocalDate.of(2023, 1, 20))));

        assertThat(tallies.drain().activity()).containsExactlyInAnyOrder(
                entry(new ActivityKey(2023, "AREA", "BIOLOGICAL", LocalDate.of(2023, 1, 20)), 1),
                entry(new ActivityKey(2023, "AREA", "BIOLOGICAL", FEB_1), -1),
                entry(new ActivityKey(2023, "RECIPIENT", "KE", LocalDate.of(2023, 1, 20)), 1),
                entry(new ActivityKey(2023, "RECIPIENT", "KE", FEB_1), -1));
    }

    @Test
    void aClosureCountsOnItsDayUnderItsOutcomeAndEndsTheDaysTheProjectIsOpen() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");
        Counted before = counted(story, Map.of(2023, FEB_1));

        tallies.changed(before, counted(story.closed("2023-06-30", Outcome.CANCELLED), Map.of(2023, FEB_1)));

        Changes changes = tallies.drain();
        assertThat(changes.milestones())
                .containsExactlyInAnyOrder(entry(new MilestoneKey(LocalDate.of(2023, 6, 30), "CLOSED", "CANCELLED"), 1));
        assertThat(changes.open()).containsExactlyInAnyOrder(entry(LocalDate.of(2023, 6, 30), -1));
    }

    @Test
    void aProjectClosedOnItsProposalDayIsNeverOpen() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR")
                .closed("2023-02-01", Outcome.WITHDRAWN);

        tallies.changed(null, counted(story, Map.of(2023, FEB_1)));

        assertThat(tallies.drain().open()).isEmpty();
    }

    @Test
    void theMoneyOfABatchIsAddedPerKindDayDonorAndCurrency() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR")
                .committed("2023-03-01", "c-1", "JP", "600.00 EUR").committed("2023-03-01", "c-2", "JP", "300.50 EUR")
                .committed("2023-03-01", "c-3", "CA", "100.00 CAD");

        for (int sequence = 1; sequence < story.size(); sequence++) {
            tallies.flowed(Flow.of((FundingCommitted) story.event(sequence), story.envelope(sequence)));
        }

        LocalDate march1 = LocalDate.of(2023, 3, 1);
        assertThat(tallies.drain().money()).containsExactlyInAnyOrder(
                entry(new FlowKey("COMMITMENT", march1, "CA", "CAD"), new BigDecimal("100.00")),
                entry(new FlowKey("COMMITMENT", march1, "JP", "EUR"), new BigDecimal("900.50")));
    }

    @Test
    void totalsThatCancelOutWithinABatchAreNotWrittenAndADrainedBatchStartsTheNextEmpty() {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");
        Counted proposed = counted(story, Map.of(2023, FEB_1));
        Counted revised = counted(story.revisedRecipients("2023-02-02", "TZ"), Map.of(2023, FEB_1));

        tallies.changed(proposed, revised);
        tallies.changed(revised, proposed);

        assertThat(tallies.drain().activity()).isEmpty();
        tallies.changed(null, proposed);
        tallies.drain();
        assertThat(tallies.drain().milestones()).isEmpty();
    }

    private static Counted counted(ProjectStory story, Map<Integer, LocalDate> activeIn) {
        return new Counted(ProjectProjectionTest.replay(story), activeIn);
    }
}
