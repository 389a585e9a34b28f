package org.gptracker.localstack.demo;

import org.gptracker.localstack.demo.LifecycleRow.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleRowTest {

    @Test
    void aFileIsTheHeaderThenOneLineARowWithTextQuotedOnlyWhenItMustBe() {
        LifecycleRow proposal = new LifecycleRow("demo-1", Step.PROPOSE, LocalDate.of(2023, 3, 14),
                "Labs in Kenya, Uganda", "The \"Signature\" initiative", List.of("KE", "UG"), "BIOLOGICAL",
                List.of("BIOSECURITY_AFRICA"), "800000.00", "EUR", null, null, null, null, null);
        LifecycleRow offer = new LifecycleRow("demo-1", Step.OFFER, LocalDate.of(2023, 4, 1), null, null, null, null, null,
                "400000", "JPY", "JP", "FUNDS", "offer-1", null, null);

        String file = LifecycleRow.csv(List.of(proposal, offer));

        assertThat(file).isEqualTo(
                "project,step,effectiveDate,title,description,recipients,area,priorities,amount,currency,donor,kind,offer,outcome,reason\r\n"
                        + "demo-1,PROPOSE,2023-03-14,\"Labs in Kenya, Uganda\",\"The \"\"Signature\"\" initiative\",KE;UG,BIOLOGICAL,"
                        + "BIOSECURITY_AFRICA,800000.00,EUR,,,,,\r\n"
                        + "demo-1,OFFER,2023-04-01,,,,,,400000,JPY,JP,FUNDS,offer-1,,\r\n");
    }
}
