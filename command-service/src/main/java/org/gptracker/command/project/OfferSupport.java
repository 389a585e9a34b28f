package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A member offers funds, expertise or both; the sender chooses the new offer's id. */
public record OfferSupport(
        @TargetAggregateIdentifier String projectId,
        String offerId,
        Member donor,
        SupportKind kind,
        Money amount,
        List<String> expertise,
        LocalDate effectiveDate) implements ProjectCommand {

    public static OfferSupport of(FieldErrors errors, String projectId, String offerId, String donor, String kind, String amount,
                                  String currency, List<String> expertise, String effectiveDate, Clock clock) {
        Member checkedDonor = ProjectFields.member(errors, "donor", donor);
        SupportKind checkedKind = ProjectFields.requiredEnum(errors, "kind", kind, SupportKind.class, "a kind of support");
        Money checkedAmount = ProjectFields.money(errors, "amount", amount, currency, false);
        if (amount == null && currency == null && !errors.has("amount") && checkedKind != null && checkedKind != SupportKind.EXPERTISE) {
            errors.reject("amount", "is required for an offer of " + checkedKind);
        }
        List<String> checkedExpertise = ProjectFields.codes(errors, "expertise", expertise == null ? List.of() : expertise);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new OfferSupport(projectId, offerId, checkedDonor, checkedKind, checkedAmount, checkedExpertise, checkedDate);
    }
}
