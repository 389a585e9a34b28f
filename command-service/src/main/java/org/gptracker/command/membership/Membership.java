package org.gptracker.command.membership;

import org.gptracker.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.partnership.PartnershipCalendar;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.membership.MemberReinstated;
import org.gptracker.events.membership.MemberSuspended;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One state's membership of the partnership (id = its country code): admitted once, then
 * suspended and reinstated in turn. Every event carries the presidency whose window holds its
 * effective date, read from the {@link PartnershipCalendar}.
 */
@Aggregate(cache = "membershipCache")
class Membership {

    @AggregateIdentifier
    private String country;
    private LocalDate admittedOn;
    private LocalDate suspendedSince;

    Membership() {
        // rebuilt from its events, or created by AdmitMember
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdmitMember command, PartnershipCalendar calendar) {
        if (admittedOn != null) {
            throw new CommandRefusedException(Refusal.ALREADY_MEMBER,
                    command.country() + " is already a member of the partnership (admitted on " + admittedOn + ").");
        }
        apply(new MemberAdmitted(command.country(), command.admittedOn(), command.effectiveDate(),
                calendar.presidencyOn(command.effectiveDate()).orElse(null)));
    }

    @CommandHandler
    void handle(SuspendMember command, PartnershipCalendar calendar) {
        if (admittedOn == null) {
            throw new CommandRefusedException(Refusal.NOT_A_MEMBER, command.country() + " is not a member of the partnership.");
        }
        if (suspendedSince != null) {
            throw new CommandRefusedException(Refusal.ALREADY_SUSPENDED,
                    command.country() + " is already suspended (since " + suspendedSince + ").");
        }
        if (command.since().isBefore(admittedOn)) {
            throw new CommandRefusedException(Refusal.SUSPENDED_BEFORE_ADMISSION,
                    command.country() + " cannot be suspended from " + command.since() + ", before its admission on " + admittedOn + ".");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new CommandRefusedException(Refusal.REASON_REQUIRED, "A suspension needs a reason.");
        }
        apply(new MemberSuspended(command.country(), command.since(), command.reason().strip(), command.effectiveDate(),
                calendar.presidencyOn(command.effectiveDate()).orElse(null)));
    }

    @CommandHandler
    void handle(ReinstateMember command, PartnershipCalendar calendar) {
        if (suspendedSince == null) {
            throw new CommandRefusedException(Refusal.NOT_SUSPENDED, command.country() + " is not suspended.");
        }
        if (command.since().isBefore(suspendedSince)) {
            throw new CommandRefusedException(Refusal.REINSTATED_BEFORE_SUSPENSION,
                    command.country() + " cannot be reinstated from " + command.since() + ", before its suspension on " + suspendedSince + ".");
        }
        apply(new MemberReinstated(command.country(), command.since(), command.effectiveDate(),
                calendar.presidencyOn(command.effectiveDate()).orElse(null)));
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        country = event.country().code();
        admittedOn = event.admittedOn();
    }

    @EventSourcingHandler
    void on(MemberSuspended event) {
        suspendedSince = event.since();
    }

    @EventSourcingHandler
    void on(MemberReinstated event) {
        suspendedSince = null;
    }
}
