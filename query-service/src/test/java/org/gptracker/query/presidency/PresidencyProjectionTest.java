package org.gptracker.query.presidency;

import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.query.PresidencyStory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules by which presidency events turn the presidency row into the next one. */
class PresidencyProjectionTest {

    private final PresidencyStory story = PresidencyStory.of(2091)
            .opened("2090-12-01", "IT", "CHEM_CLIMATE", "Chemical security and climate")
            .declared("2091-02-01", "DISINFO", "CBRN disinformation")
            .closed("2091-12-31", 2092);

    @Test
    void anOpenedPresidencyHasItsChairWindowAndOpeningDate() {
        PresidencyRow presidency = PresidencyRow.opened(story.event(0), story.envelope(0));

        assertThat(presidency).isEqualTo(new PresidencyRow(2091, "IT", LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31),
                LocalDate.of(2090, 12, 1), null, null, 0, story.envelope(0).time()));
    }

    @Test
    void aDeclaredPriorityAdvancesThePresidencyAndChangesNothingElse() {
        PresidencyRow opened = PresidencyRow.opened(story.event(0), story.envelope(0));

        PresidencyRow declared = opened.recorded(2091, story.envelope(1));

        assertThat(declared.version()).isOne();
        assertThat(declared).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(opened);
    }

    @Test
    void aHandoverMakesTheNewMemberTheChairAndChangesNothingElse() {
        PresidencyStory handedOver = PresidencyStory.of(2014).opened("2013-12-01", "RU").handedOver("2014-06-01", "DE");
        PresidencyRow opened = PresidencyRow.opened(handedOver.event(0), handedOver.envelope(0));

        PresidencyRow germany = opened.handedOver(handedOver.event(1), handedOver.envelope(1));

        assertThat(germany.chair()).isEqualTo("DE");
        assertThat(germany.version()).isOne();
        assertThat(germany).usingRecursiveComparison().ignoringFields("chair", "version", "updatedAt").isEqualTo(opened);
    }

    @Test
    void aClosedPresidencyKeepsItsClosingDateAndSuccessor() {
        PresidencyRow closed = PresidencyRow.opened(story.event(0), story.envelope(0)).closed(story.event(2), story.envelope(2));

        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2091, 12, 31));
        assertThat(closed.successorYear()).isEqualTo(2092);
        assertThat(closed.version()).isEqualTo(2);
    }

    @Test
    void anEventWhoseYearIsNotItsSubjectIsRefused() {
        PresidencyStory other = PresidencyStory.of(2092).opened("2091-12-01", "JP");
        PresidencyOpened opened = other.event(0);

        assertThatThrownBy(() -> PresidencyRow.opened(opened, story.envelope(0)))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("subject");
    }
}
