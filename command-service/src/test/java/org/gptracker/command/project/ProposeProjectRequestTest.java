package org.gptracker.command.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProposeProjectRequestTest {

    private static final Clock TODAY_2024_06_01 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper();

    private ProposeProjectRequest request(String body) throws Exception {
        return json.readValue(body, ProposeProjectRequest.class);
    }

    private RequestValidationException refusal(String body) throws Exception {
        ProposeProjectRequest request = request(body);
        return catchThrowableOfType(RequestValidationException.class, () -> request.toCommand("id", TODAY_2024_06_01));
    }

    @Test
    void aValidProposalBecomesACommandDatedTodayByDefault() throws Exception {
        ProposeProject command = request("""
                {"title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
                 "priorities":["UKRAINE"],"requestedBudget":{"amount":"2500000.00","currency":"EUR"}}""")
                .toCommand("id", TODAY_2024_06_01);

        assertThat(command.effectiveDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(command.requestedBudget().amountText()).isEqualTo("2500000.00");
        assertThat(command.recipients()).extracting(c -> c.code()).containsExactly("UA");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"","recipients":["XX"],"requestedBudget":{"amount":"-1","currency":"EURO"}}""");

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "title", "recipients[0]", "area", "requestedBudget.amount", "requestedBudget.currency");
    }

    @Test
    void theEuropeanUnionIsAMemberButNeverARecipientState() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["EU"],"area":"NUCLEAR","requestedBudget":{"amount":"1.00","currency":"EUR"}}""");

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("recipients[0]");
    }

    @Test
    void anAmountSentAsAJsonNumberIsRefused() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["UA"],"area":"NUCLEAR","requestedBudget":{"amount":2500000.5,"currency":"EUR"}}""");

        assertThat(refusal.errors()).containsExactly(new FieldError("requestedBudget.amount",
                "must be a decimal string such as \"1500000.00\", not a JSON number"));
    }

    @Test
    void aFutureEffectiveDateIsRefused() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["UA"],"area":"NUCLEAR","requestedBudget":{"amount":"1","currency":"EUR"},
                 "effectiveDate":"2024-06-02"}""");

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("effectiveDate");
    }

    @Test
    void aPastEffectiveDateBackFillsHistory() throws Exception {
        ProposeProject command = request("""
                {"title":"T","recipients":["UA"],"area":"NUCLEAR","requestedBudget":{"amount":"1","currency":"EUR"},
                 "effectiveDate":"2019-02-28"}""").toCommand("id", TODAY_2024_06_01);

        assertThat(command.effectiveDate()).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void anUnknownAreaListsTheKnownOnes() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["UA"],"area":"NUKULAR","requestedBudget":{"amount":"1","currency":"EUR"}}""");

        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("area");
            assertThat(error.message()).contains("NUCLEAR", "CROSS_CUTTING");
        });
    }

    @Test
    void yenAmountsHaveNoFractionDigits() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["JP"],"area":"NUCLEAR","requestedBudget":{"amount":"10.50","currency":"JPY"}}""");

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("requestedBudget.amount");
    }

    @Test
    void aRecipientNamedTwiceIsRefused() throws Exception {
        RequestValidationException refusal = refusal("""
                {"title":"T","recipients":["MX","MX"],"area":"NUCLEAR","requestedBudget":{"amount":"1","currency":"EUR"}}""");

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("recipients");
    }
}
