package org.gptracker.query.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamPositionTest {

    @Test
    void anIdReadsBackAsThePositionItWasWrittenFrom() {
        StreamPosition position = new StreamPosition(4_294_967_999L, 12);

        assertThat(StreamPosition.parse(position.toString())).isEqualTo(position);
    }

    @Test
    void theTransactionOrdersBeforeThePositionInTheLog() {
        StreamPosition committedFirst = new StreamPosition(700, 12);
        StreamPosition committedLaterWithALowerPosition = new StreamPosition(701, 11);

        assertThat(committedLaterWithALowerPosition.isAfter(committedFirst)).isTrue();
        assertThat(new StreamPosition(701, 12).isAfter(committedLaterWithALowerPosition)).isTrue();
    }

    @Test
    void anythingButTwoNumbersJoinedByADashIsNotAnIdOfTheStream() {
        for (String id : new String[]{"", "12", "12-", "-12", "a-1", "1-2-3", "99999999999999999999-1"}) {
            assertThatThrownBy(() -> StreamPosition.parse(id)).as(id).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not an id of this stream");
        }
    }
}
