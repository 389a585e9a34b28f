package org.gptracker.command.project;

import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Money committed and disbursed on one project, kept per donor and currency: a donor never pays
 * out more in a currency than it committed in that currency.
 */
final class Ledger {

    private record Account(Member donor, Currency currency) {
        static Account of(Member donor, Money amount) {
            return new Account(donor, amount.currency());
        }
    }

    private final Map<Account, Money> committed = new HashMap<>();
    private final Map<Account, Money> disbursed = new HashMap<>();
    private final Set<String> commitmentIds = new HashSet<>();
    private final Set<String> disbursementIds = new HashSet<>();

    boolean hasCommitment(String commitmentId) {
        return commitmentIds.contains(commitmentId);
    }

    boolean hasDisbursement(String disbursementId) {
        return disbursementIds.contains(disbursementId);
    }

    /** True when paying {@code amount} would take the donor's disbursements above its commitments in that currency. */
    boolean wouldOverdraw(Member donor, Money amount) {
        Account account = Account.of(donor, amount);
        Money limit = committed.get(account);
        if (limit == null) {
            return true;
        }
        Money paid = disbursed.get(account);
        return (paid == null ? amount : paid.plus(amount)).exceeds(limit);
    }

    /** What the donor may still disburse in the amount's currency, as text for a refusal ("nothing" when none). */
    String headroomText(Member donor, Currency currency) {
        Account account = new Account(donor, currency);
        Money limit = committed.get(account);
        if (limit == null) {
            return "nothing in " + currency.getCurrencyCode();
        }
        Money paid = disbursed.get(account);
        return paid == null ? limit.toString()
                : limit.amount().subtract(paid.amount()).toPlainString() + " " + currency.getCurrencyCode();
    }

    void committed(String commitmentId, Member donor, Money amount) {
        commitmentIds.add(commitmentId);
        committed.merge(Account.of(donor, amount), amount, Money::plus);
    }

    void disbursed(String disbursementId, Member donor, Money amount) {
        disbursementIds.add(disbursementId);
        disbursed.merge(Account.of(donor, amount), amount, Money::plus);
    }
}
