package org.gptracker.command.imports;

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

    static final String IDENTIFIER_PREFIX = "XM-GPTRACKER-";
    static final String MEMBER_PREFIX = "XM-GPTRACKER-MEMBER-";

    final int line;
    String identifier;
    String defaultCurrency;
    String title;
    String description;
    String status;
    int statusLine;
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
        if (identifier.startsWith(IDENTIFIER_PREFIX)) {
            var uuid = Ids.uuid(identifier.substring(IDENTIFIER_PREFIX.length()));
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
        transactions.stream().filter(transaction -> "12".equals(transaction.type) || "2".equals(transaction.type))
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
        if ("4".equals(status) || "5".equals(status)) {
            project.add(new Step(statusLine, StepKind.CLOSE, closedOn, null, null, null, null, null, null, null, null, null, null,
                    "4".equals(status) ? "COMPLETED" : "CANCELLED", null));
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
            return switch (type == null ? "" : type) {
                case "12" -> 0;
                case "2" -> 1;
                default -> 2;
            };
        }

        /** The member the provider-org names, or null. */
        String donor() {
            return provider != null && provider.startsWith(MEMBER_PREFIX) ? provider.substring(MEMBER_PREFIX.length()) : null;
        }

        void addTo(ProjectSteps project, Set<String> partners, String defaultCurrency) {
            String donor = donor();
            if (donor == null) {
                project.unreadable(line, "the transaction's provider-org ref " + (provider == null ? "is missing"
                        : "'" + provider + "' names no member") + "; expected " + MEMBER_PREFIX + "<code>");
                return;
            }
            String money = currency == null ? defaultCurrency : currency;
            String id = ref == null || ref.isBlank() ? null : ref.strip();
            switch (type == null ? "" : type) {
                case "12" -> {
                    String offer = id == null ? "pledge:" + donor + ":" + date + ":" + amount + ":" + money : id;
                    project.add(new Step(line, StepKind.OFFER, date, null, null, null, null, null, amount, money, donor, "FUNDS",
                            offer, null, null));
                    project.add(new Step(line, StepKind.ACCEPT, date, null, null, null, null, null, null, null, null, null, offer, null, null));
                    partners.add(donor);
                }
                case "2", "3" -> {
                    if ("2".equals(type) && !partners.contains(donor)) {
                        // the donor was a partner through an offer IATI does not show (expertise only): make it one again
                        String offer = "partner:" + donor;
                        project.add(new Step(line, StepKind.OFFER, date, null, null, null, null, null, null, null, donor, "EXPERTISE",
                                offer, null, null));
                        project.add(new Step(line, StepKind.ACCEPT, date, null, null, null, null, null, null, null, null, null, offer,
                                null, null));
                        partners.add(donor);
                    }
                    project.add(new Step(line, "2".equals(type) ? StepKind.COMMIT : StepKind.DISBURSE, date, null, null, null, null, null,
                            amount, money, donor, null, id, null, null));
                }
                default -> project.unreadable(line, "transaction-type " + (type == null ? "is missing"
                        : "'" + type + "' is not imported") + "; only 12 (pledge), 2 (commitment) and 3 (disbursement) are");
            }
        }
    }
}
