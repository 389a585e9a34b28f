package org.gptracker.query.export;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Exported projects for the mapping tests. */
final class Projects {

    static final String FUNDED_ID = "5b0c7f0e-3c1e-4c55-9a57-0d6c1f2a7e11";
    static final String CLOSED_ID = "9e1f6a52-77b4-4d8e-8f0e-2b3c4d5e6f70";

    private Projects() {
    }

    /**
     * Funded: partners CA (pledged and committed in EUR, disbursed) and JP (committed in JPY), for MG, MW and ZM;
     * the title holds a comma and quotes.
     */
    static ExportedProject funded() {
        return new ExportedProject(FUNDED_ID, "Biosafety labs, \"phase 2\"", "Three labs & a <network>",
                List.of("MG", "MW", "ZM"), CbrnArea.BIOLOGICAL, List.of("BIOSECURITY_AFRICA", "LABS"),
                money("900000.00 EUR"), "FUNDED", null, LocalDate.of(2024, 2, 29), 2024, LocalDate.of(2024, 3, 20),
                LocalDate.of(2024, 4, 1), null, Instant.parse("2024-05-01T10:15:30.123456Z"), List.of("CA", "JP"),
                List.of(
                        new Transaction(Transaction.Type.PLEDGE, "o1", "CA", money("500000.00 EUR"), LocalDate.of(2024, 3, 10), 1),
                        new Transaction(Transaction.Type.COMMITMENT, "c2", "JP", money("20000000 JPY"), LocalDate.of(2024, 4, 1), 6),
                        new Transaction(Transaction.Type.COMMITMENT, "c1", "CA", money("400000.00 EUR"), LocalDate.of(2024, 4, 2), 5),
                        new Transaction(Transaction.Type.COMMITMENT, "c3", "CA", money("50000.50 EUR"), LocalDate.of(2024, 4, 3), 7),
                        new Transaction(Transaction.Type.DISBURSEMENT, "d1", "CA", money("100000.00 EUR"), LocalDate.of(2024, 4, 20), 8)));
    }

    /** Withdrawn without a description; the EU was a partner through an offer of expertise only. */
    static ExportedProject withdrawn() {
        return new ExportedProject(CLOSED_ID, "Chemical safety", null, List.of("UA"), CbrnArea.CROSS_CUTTING, List.of(),
                money("30000000 JPY"), "CLOSED", "WITHDRAWN", LocalDate.of(2023, 1, 5), null, LocalDate.of(2023, 2, 1),
                null, LocalDate.of(2023, 6, 30), Instant.parse("2023-06-30T08:00:00Z"), List.of("EU"), List.of());
    }

    static Money money(String amount) {
        String[] parts = amount.split(" ");
        return Money.of(new BigDecimal(parts[0]), parts[1]);
    }
}
