package org.gptracker.command.imports;

import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepCommandsTest {

    private final StepCommands commands = new StepCommands(
            Clock.fixed(Instant.parse("2024-01-10T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void aProposeRowIsTheProposalAUserWouldSend() {
        ProjectSteps project = project("P1,PROPOSE,2023-03-01,Secure sources,Why,BJ;BF,RADIOLOGICAL,AFRICA,250000.00,EUR,,,,,");

        Object command = commands.command(project, 0);

        assertThat(command.getClass().getSimpleName()).isEqualTo("ProposeProject");
        assertThat(field(command, "projectId")).isEqualTo(project.projectId());
        assertThat(field(command, "title")).isEqualTo("Secure sources");
        assertThat(field(command, "description")).isEqualTo("Why");
        assertThat(field(command, "recipients")).isEqualTo(List.of(Country.of("BJ"), Country.of("BF")));
        assertThat(field(command, "area")).isEqualTo(CbrnArea.RADIOLOGICAL);
        assertThat(field(command, "priorities")).isEqualTo(List.of("AFRICA"));
        assertThat(field(command, "requestedBudget")).isEqualTo(Money.of(new BigDecimal("250000.00"), "EUR"));
        assertThat(field(command, "effectiveDate")).isEqualTo(LocalDate.parse("2023-03-01"));
    }

    @Test
    void anOfferAndItsDecisionsNameTheSameOfferDerivedFromTheProjectAndTheReference() {
        ProjectSteps project = project(
                "P1,OFFER,2023-04-01,,,,,,2000.00,EUR,FR,FUNDS,o1,,",
                "P1,ACCEPT,2023-04-02,,,,,,,,,,o1,,",
                "P1,DECLINE,2023-04-03,,,,,,,,,,o1,,Covered elsewhere",
                "P1,WITHDRAW,2023-04-04,,,,,,,,,,o1,,");

        Object offer = commands.command(project, 0);
        String offerId = (String) field(offer, "offerId");

        assertThat(offerId).isEqualTo(Ids.named("offer:" + project.projectId() + ":o1"));
        assertThat(field(offer, "donor")).isEqualTo(Member.of("FR"));
        assertThat(field(offer, "kind").toString()).isEqualTo("FUNDS");
        assertThat(field(commands.command(project, 1), "offerId")).isEqualTo(offerId);
        assertThat(commands.command(project, 1).getClass().getSimpleName()).isEqualTo("AcceptOffer");
        assertThat(field(commands.command(project, 2), "reason")).isEqualTo("Covered elsewhere");
        assertThat(commands.command(project, 3).getClass().getSimpleName()).isEqualTo("WithdrawOffer");
    }

    @Test
    void aUuidReferenceIsUsedAsTheId() {
        String ref = "6a1f0c3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b";
        ProjectSteps project = project("P1,COMMIT,2023-05-01,,,,,,900.00,EUR,DE,,%s,,".formatted(ref.toUpperCase()));

        assertThat(field(commands.command(project, 0), "commitmentId")).isEqualTo(ref);
    }

    @Test
    void commitmentsAndDisbursementsWithoutAReferenceGetIdsFromTheirContentSoAReimportNamesThemAlike() {
        String row = "P1,DISBURSE,2023-06-01,,,,,,100.00,EUR,DE,,,,";
        ProjectSteps first = project(row, row);
        ProjectSteps again = project(row, row);

        Object one = commands.command(first, 0);
        Object two = commands.command(first, 1);

        assertThat(one.getClass().getSimpleName()).isEqualTo("DisburseFunds");
        assertThat(field(one, "disbursementId")).isNotEqualTo(field(two, "disbursementId"));
        assertThat(field(commands.command(again, 1), "disbursementId")).isEqualTo(field(two, "disbursementId"));
        assertThat(field(one, "amount")).isEqualTo(Money.of(new BigDecimal("100.00"), "EUR"));
    }

    @Test
    void aCloseRowCarriesItsOutcomeAndTheReasonAsSummary() {
        Object close = commands.command(project("P1,CLOSE,2023-12-01,,,,,,,,,,,COMPLETED,All delivered"), 0);

        assertThat(close.getClass().getSimpleName()).isEqualTo("CloseProject");
        assertThat(field(close, "outcome").toString()).isEqualTo("COMPLETED");
        assertThat(field(close, "summary")).isEqualTo("All delivered");
    }

    @Test
    void aBadRowIsRefusedWithTheApisOwnFieldMessages() {
        ProjectSteps project = project("P1,PROPOSE,2030-01-01,,,XX,NUCLEAR,,12.345,EUR,,,,,");

        assertThatThrownBy(() -> commands.command(project, 0))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "recipients[0]", "requestedBudget.amount", "effectiveDate"));
    }

    @Test
    void aControlCharacterInAFileIsRefusedAsTheApiRefusesIt() {
        ProjectSteps project = project("P1,PROPOSE,2023-03-01,Secure\0sources,Why\u0007,BJ,RADIOLOGICAL,AFRICA,250000.00,EUR,,,,,");

        assertThatThrownBy(() -> commands.command(project, 0))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("title", "description"));
    }

    @Test
    void aDecisionNeedsTheOffersReference() {
        ProjectSteps project = project("P1,ACCEPT,2023-04-02,,,,,,,,,,,,");

        assertThatThrownBy(() -> commands.command(project, 0))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("offer"));
    }

    private static ProjectSteps project(String... rows) {
        return LifecycleCsvTest.read(LifecycleCsvTest.HEADER + String.join("\n", rows) + "\n").projects().get(0);
    }

    static Object field(Object command, String name) {
        try {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    component.getAccessor().setAccessible(true);
                    return component.getAccessor().invoke(command);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(command.getClass().getSimpleName() + " has no field " + name);
    }
}
