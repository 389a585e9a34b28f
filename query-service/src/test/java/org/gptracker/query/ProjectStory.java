package org.gptracker.query;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One project's event stream as the command service would publish it, written step by step. Each step's
 * effective date is given; its presidency is the date's year (every presidency in these tests runs from
 * 1 January to 31 December), or none when {@link #outsideAnyPresidency()} was called before it.
 */
public final class ProjectStory {

    private final String projectId;
    private final List<EventEnvelope> envelopes = new ArrayList<>();
    private boolean attributed = true;

    private ProjectStory(String projectId) {
        this.projectId = projectId;
    }

    public static ProjectStory of(String projectId) {
        return new ProjectStory(projectId);
    }

    public static ProjectStory ofNewProject() {
        return of(UUID.randomUUID().toString());
    }

    public String projectId() {
        return projectId;
    }

    /** The next step is stamped with no presidency. */
    public ProjectStory outsideAnyPresidency() {
        attributed = false;
        return this;
    }

    public ProjectStory proposed(String on, String recipient, CbrnArea area, String budget, String... priorities) {
        return add(new ProjectProposed(projectId, "Project for " + recipient, "Proposed by " + recipient,
                List.of(Country.of(recipient)), area, Arrays.asList(priorities), money(budget),
                List.of("training"), date(on), presidency(on)));
    }

    public ProjectStory revisedTitle(String on, String title) {
        return add(new ProposalRevised(projectId, title, null, null, null, null, null, null, date(on), presidency(on)));
    }

    public ProjectStory revisedRecipients(String on, String... recipients) {
        return add(new ProposalRevised(projectId, null, null, Arrays.stream(recipients).map(Country::of).toList(), null,
                null, null, null, date(on), presidency(on)));
    }

    public ProjectStory revised(ProposalRevised revision) {
        return add(revision);
    }

    /** An offer of funds, or of expertise only when {@code amount} is null. */
    public ProjectStory offered(String on, String offerId, String donor, String amount) {
        return add(new SupportOffered(projectId, offerId, Member.of(donor),
                amount == null ? SupportKind.EXPERTISE : SupportKind.FUNDS, amount == null ? null : money(amount),
                amount == null ? List.of("trainers") : null, date(on), presidency(on)));
    }

    public ProjectStory accepted(String on, String offerId, String donor) {
        return add(new OfferAccepted(projectId, offerId, Member.of(donor), date(on), presidency(on)));
    }

    public ProjectStory declined(String on, String offerId, String donor) {
        return add(new OfferDeclined(projectId, offerId, Member.of(donor), "not needed", date(on), presidency(on)));
    }

    public ProjectStory withdrawn(String on, String offerId, String donor) {
        return add(new OfferWithdrawn(projectId, offerId, Member.of(donor), date(on), presidency(on)));
    }

    /** @param amount e.g. {@code "1000.00 EUR"} */
    public ProjectStory committed(String on, String commitmentId, String donor, String amount) {
        return add(new FundingCommitted(projectId, commitmentId, Member.of(donor), money(amount), date(on), presidency(on)));
    }

    public ProjectStory disbursed(String on, String disbursementId, String donor, String amount) {
        return add(new FundsDisbursed(projectId, disbursementId, Member.of(donor), money(amount), date(on), presidency(on)));
    }

    public ProjectStory closed(String on, Outcome outcome) {
        return add(new ProjectClosed(projectId, outcome, "closed", date(on), presidency(on)));
    }

    public int size() {
        return envelopes.size();
    }

    /** The event at {@code sequence} as the consumer reads it off the wire. */
    public EventEnvelope envelope(int sequence) {
        return EventRecords.CODEC.decode(record(sequence));
    }

    @SuppressWarnings("unchecked")
    public <E extends GpEvent> E event(int sequence) {
        return (E) EventRecords.CODEC.payload(envelope(sequence));
    }

    /** The record bytes of the event at {@code sequence}; the same bytes each time, as a redelivery would be. */
    public byte[] record(int sequence) {
        return EventRecords.CODEC.encode(envelopes.get(sequence));
    }

    /** "1500.00 EUR" */
    public static Money money(String amount) {
        String[] parts = amount.split(" ");
        return Money.of(new BigDecimal(parts[0]), parts[1]);
    }

    private ProjectStory add(GpEvent event) {
        envelopes.add(EventRecords.envelope(event, projectId, envelopes.size()));
        attributed = true;
        return this;
    }

    private Integer presidency(String on) {
        return attributed ? date(on).getYear() : null;
    }

    private static LocalDate date(String on) {
        return LocalDate.parse(on);
    }
}
