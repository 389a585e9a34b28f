package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;

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
        Checked checked = check(clock);
        return new CommitFunding(projectId, commitmentId, checked.donor(), checked.amount(), checked.date());
    }

    DisburseFunds toDisbursement(String projectId, String disbursementId, Clock clock) {
        Checked checked = check(clock);
        return new DisburseFunds(projectId, disbursementId, checked.donor(), checked.amount(), checked.date());
    }

    private Checked check(Clock clock) {
        FieldErrors errors = new FieldErrors();
        Member checkedDonor = ProjectRequests.member(errors, "donor", donor);
        Money checkedAmount = errors.required("amount", amount) == null ? null : amount.toMoney("amount", errors);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new Checked(checkedDonor, checkedAmount, checkedDate);
    }

    private record Checked(Member donor, Money amount, LocalDate date) {
    }
}
