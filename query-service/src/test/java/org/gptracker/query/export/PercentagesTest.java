package org.gptracker.query.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentagesTest {

    @Test
    void sharesAreEvenWithTwoDecimalsAndTheRemainderOnTheLast() {
        assertThat(Percentages.split(1)).containsExactly(new BigDecimal("100.00"));
        assertThat(Percentages.split(2)).containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
        assertThat(Percentages.split(3)).containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
        assertThat(Percentages.split(7)).endsWith(new BigDecimal("14.28"), new BigDecimal("14.32"));
    }

    @Test
    void everySplitSumsToExactly100() {
        for (int parts = 1; parts <= 250; parts++) {
            List<BigDecimal> shares = Percentages.split(parts);
            assertThat(shares).as("%d parts", parts).hasSize(parts).allMatch(share -> share.scale() == 2 && share.signum() > 0);
            assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("%d parts", parts).isEqualByComparingTo("100");
        }
    }

    @Test
    void nothingCannotBeSplit() {
        assertThatThrownBy(() -> Percentages.split(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
