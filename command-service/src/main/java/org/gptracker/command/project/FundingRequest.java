package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;

import java.time.Clock;

/** The body of {@code POST /api/projects/{id}/commitments} and {@code /disbursements}. */
@Schema(name = "Funding", description = "Money a partner commits to the project or pays out to it")
record FundingRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2 code of a partner", example = "CA")
        String donor,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyInput amount,
        @Schema(format = "date", description = "the business date; today when absent, never in the future", example = "2023-07-01")
        String effectiveDate) {

    CommitFunding toCommitment(String projectId, String commitmentId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        return CommitFunding.of(errors, projectId, commitmentId, donor, MoneyInput.amountText(amount, "amount", errors),
                MoneyInput.currency(amount), effectiveDate, clock);
    }

    DisburseFunds toDisbursement(String projectId, String disbursementId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        return DisburseFunds.of(errors, projectId, disbursementId, donor, MoneyInput.amountText(amount, "amount", errors),
                MoneyInput.currency(amount), effectiveDate, clock);
    }
}
