package org.gptracker.command.imports;

import org.gptracker.events.iati.ActivityStatus;
import org.gptracker.events.iati.Iati;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code iati-activity} as read, turned into the project's steps by the mapping of DESIGN §8:
 * the proposal, then its transactions by date (on one day pledges before commitments before
 * disbursements), then the closure its status implies.
 */
final class IatiActivity {

    final int line;
    String identifier;
    String defaultCurrency;
    String title;
    String description;
    String status;
    int statusLine;
    /** How a closed project ended, from GP Tracker's extension element; null when the file does not say. */
    String outcome;
    String proposedOn;
    String closedOn;
    final List<String> recipients = new ArrayList<>();
    String area;
    final List<String> priorities = new ArrayList<>();
    /** The members of the role-1 (funding) participating-orgs: the project's partners. */
    final List<String> fundingPartners = new ArrayList<>();
    String budget;
    String budgetCurrency;
    final List<Transaction> transactions = new ArrayList<>();

    IatiActivity(int line) {
        this.line = line;
    }

    /** The project id of DESIGN §8: the UUID after {@code XM-GPTRACKER-}, else a name-based UUID of the identifier. */
    static String projectId(String identifier) {
        if (identifier.startsWith(Iati.ACTIVITY_PREFIX)) {
            var uuid = Ids.uuid(identifier.substring(Iati.ACTIVITY_PREFIX.length()));
            if (uuid.isPresent()) {
                return uuid.get();
            }
        }
        return Ids.named(identifier);
    }

    void addTo(FileContent content) {
        if (identifier == null) {
            content.countRows(1 + transactions.size());
            content.loose(line, "the activity has no iati-identifier");
            return;
        }
        ProjectSteps project = content.project(identifier, IatiActivity::projectId);
        project.countRows(1 + transactions.size());
        content.countRows(1 + transactions.size());
        project.add(new Step(line, StepKind.PROPOSE, proposedOn, title, description, recipients.isEmpty() ? null : recipients,
                area, priorities, budget, budgetCurrency == null ? defaultCurrency : budgetCurrency, null, null, null, null, null));
        Set<String> partners = new HashSet<>();
        Set<String> funding = new HashSet<>();
        transactions.stream().filter(transaction -> Iati.PLEDGE.equals(transaction.type) || Iati.COMMITMENT.equals(transaction.type))
                .forEach(transaction -> funding.add(transaction.donor()));
        for (String partner : fundingPartners) {
            if (!funding.contains(partner) && partners.add(partner)) {
                // a partner through expertise alone shows in IATI only as a funding organisation: make it one again
                String offer = "partner:" + partner;
                project.add(new Step(line, StepKind.OFFER, proposedOn, null, null, null, null, null, null, null, partner, "EXPERTISE",
                        offer, null, null));
                project.add(new Step(line, StepKind.ACCEPT, proposedOn, null, null, null, null, null, null, null, null, null, offer,
                        null, null));
            }
        }
        for (Transaction transaction : transactions.stream().sorted(Comparator.comparing(Transaction::sortDate)
                .thenComparing(Transaction::rank)).toList()) {
            transaction.addTo(project, partners, defaultCurrency);
        }
        String closedAs = ActivityStatus.outcome(status, outcome);
        if (closedAs != null) {
            project.add(new Step(statusLine, StepKind.CLOSE, closedOn, null, null, null, null, null, null, null, null, null, null,
                    closedAs, null));
        }
    }

    /** A {@code transaction} element: pledge (12), commitment (2) or disbursement (3). */
    static final class Transaction {
        final int line;
        String ref;
        String type;
        String date;
        String amount;
        String currency;
        String provider;

        Transaction(int line) {
            this.line = line;
        }

        private String sortDate() {
            return date == null ? "" : date;
        }

        private int rank() {
            if (Iati.PLEDGE.equals(type)) {
                return 0;
            }
            return Iati.COMMITMENT.equals(type) ? 1 : 2;
        }

        /** The member the provider-org names, or null. */
        String donor() {
            return Iati.memberOf(provider);
        }

        void addTo(ProjectSteps project, Set<String> partners, String defaultCurrency) {
            String donor = donor();
            if (donor == null) {
                project.unreadable(line, "the transaction's provider-org ref " + (provider == null ? "is missing"
                        : "'" + provider + "' names no member") + "; expected " + Iati.MEMBER_PREFIX + "<code>");
                return;
            }
            String money = currency == null ? defaultCurrency : currency;
            String id = ref == null || ref.isBlank() ? null : ref.strip();
            switch (type == null ? "" : type) {
                case Iati.PLEDGE -> {
                    String offer = id == null ? "pledge:" + donor + ":" + date + ":" + amount + ":" + money : id;
                    project.add(new Step(line, StepKind.OFFER, date, null, null, null, null, null, amount, money, donor, "FUNDS",
                            offer, null, null));
                    project.add(new Step(line, StepKind.ACCEPT, date, null, null, null, null, null, null, null, null, null, offer, null, null));
                    partners.add(donor);
                }
                case Iati.COMMITMENT, Iati.DISBURSEMENT -> {
                    if (Iati.COMMITMENT.equals(type) && !partners.contains(donor)) {
                        // the donor was a partner through an offer IATI does not show (expertise only): make it one again
                        String offer = "partner:" + donor;
                        project.add(new Step(line, StepKind.OFFER, date, null, null, null, null, null, null, null, donor, "EXPERTISE",
                                offer, null, null));
                        project.add(new Step(line, StepKind.ACCEPT, date, null, null, null, null, null, null, null, null, null, offer,
                                null, null));
                        partners.add(donor);
                    }
                    project.add(new Step(line, Iati.COMMITMENT.equals(type) ? StepKind.COMMIT : StepKind.DISBURSE, date, null, null, null, null, null,
                            amount, money, donor, null, id, null, null));
                }
                default -> project.unreadable(line, "transaction-type " + (type == null ? "is missing"
                        : "'" + type + "' is not imported") + "; only 12 (pledge), 2 (commitment) and 3 (disbursement) are");
            }
        }
    }
}
