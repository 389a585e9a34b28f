package org.gptracker.query.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Shares of 100 with two decimals, as IATI wants a split to sum to exactly 100. */
final class Percentages {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private Percentages() {
    }

    /** {@code parts} even shares, rounded down, the remainder on the last: 3 → 33.33, 33.33, 33.34. */
    static List<BigDecimal> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("cannot split 100 into " + parts + " parts");
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(parts - 1, share));
        shares.add(HUNDRED.subtract(share.multiply(BigDecimal.valueOf(parts - 1))));
        return shares;
    }
}
