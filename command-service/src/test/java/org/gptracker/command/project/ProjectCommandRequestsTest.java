package org.gptracker.command.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.SupportKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The request bodies of the project commands after the proposal, checked field by field. */
class ProjectCommandRequestsTest {

    private static final Clock TODAY_2024_06_01 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPathIdMustBeAUuidAndIsKeptInItsCanonicalForm() {
        assertThat(ProjectFields.pathId("projectId", "3F2C1E4A-0B7D-4C8E-9A51-2D6F0E8B7C90"))
                .isEqualTo("3f2c1e4a-0b7d-4c8e-9a51-2d6f0e8b7c90");
        for (String bad : new String[]{"42", "1-1-1-1-1", "3f2c1e4a0b7d4c8e9a512d6f0e8b7c90", "3f2c1e4a-0b7d-4c8e-9a51-2d6f0e8b7c9z"}) {
            RequestValidationException refusal = catchThrowableOfType(RequestValidationException.class,
                    () -> ProjectFields.pathId("offerId", bad));
            assertThat(refusal.errors()).extracting(FieldError::field).as(bad).containsExactly("offerId");
        }
    }

    @Test
    void anOfferBecomesACommandAndFundsNeedAnAmount() throws Exception {
        OfferSupport offer = json.readValue("""
                {"donor":"CA","kind":"FUNDS_AND_EXPERTISE","amount":{"amount":"10.50","currency":"EUR"},"expertise":["FORENSICS"]}""",
                OfferSupportRequest.class).toCommand("p", "o", TODAY_2024_06_01);
        assertThat(offer.kind()).isEqualTo(SupportKind.FUNDS_AND_EXPERTISE);
        assertThat(offer.amount().amountText()).isEqualTo("10.50");
        assertThat(offer.effectiveDate()).isEqualTo(LocalDate.of(2024, 6, 1));

        OfferSupportRequest bad = json.readValue("{\"donor\":\"XX\",\"kind\":\"FUNDS\",\"expertise\":[\" \"]}", OfferSupportRequest.class);
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> bad.toCommand("p", "o", TODAY_2024_06_01)).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("donor", "amount", "expertise[0]");
    }

    @Test
    void fundingNeedsADonorAndAnAmountAndNoFutureDate() throws Exception {
        FundingRequest bad = json.readValue("{\"effectiveDate\":\"2024-06-02\"}", FundingRequest.class);
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> bad.toCommitment("p", "c", TODAY_2024_06_01)).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("donor", "amount", "effectiveDate");

        DisburseFunds disbursement = json.readValue("{\"donor\":\"CA\",\"amount\":{\"amount\":\"5\",\"currency\":\"JPY\"}}",
                FundingRequest.class).toDisbursement("p", "d", TODAY_2024_06_01);
        assertThat(disbursement.disbursementId()).isEqualTo("d");
        assertThat(disbursement.donor().code()).isEqualTo("CA");
    }

    @Test
    void aRevisionKeepsAbsentFieldsAsTheyWere() throws Exception {
        ReviseProposal revision = json.readValue("{\"title\":\"New title\"}", ReviseProposalRequest.class).toCommand("p", TODAY_2024_06_01);
        assertThat(revision.title()).isEqualTo("New title");
        assertThat(revision.recipients()).isNull();
        assertThat(revision.priorities()).isNull();
        assertThat(revision.requestedBudget()).isNull();

        ReviseProposalRequest bad = json.readValue("{\"title\":\" \",\"recipients\":[\"UA\",\"UA\"],\"area\":\"SPACE\"}",
                ReviseProposalRequest.class);
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> bad.toCommand("p", TODAY_2024_06_01)).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("title", "recipients", "area");
    }

    @Test
    void closingNeedsAKnownOutcomeAndDecliningMayOmitTheReason() throws Exception {
        CloseProject close = json.readValue("{\"outcome\":\"WITHDRAWN\"}", CloseProjectRequest.class).toCommand("p", TODAY_2024_06_01);
        assertThat(close.outcome()).isEqualTo(Outcome.WITHDRAWN);
        CloseProjectRequest bad = json.readValue("{\"outcome\":\"DONE\"}", CloseProjectRequest.class);
        assertThat(catchThrowableOfType(RequestValidationException.class, () -> bad.toCommand("p", TODAY_2024_06_01)).errors())
                .extracting(FieldError::field).containsExactly("outcome");

        DeclineOffer decline = DeclineOfferRequest.EMPTY.toCommand("p", "o", TODAY_2024_06_01);
        assertThat(decline.reason()).isNull();
        assertThat(decline.effectiveDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    }
}
