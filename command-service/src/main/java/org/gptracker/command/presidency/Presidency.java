package org.gptracker.command.presidency;

import org.gptracker.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.partnership.PartnershipCalendar;
import org.gptracker.command.partnership.PresidencyWindows;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.presidency.PriorityDeclared;

import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One year's rotating presidency (id = the year): opened once by a member in good standing for a
 * window that no other presidency shares, given priorities, and closed, after which it accepts
 * nothing more. Its events are attributed to itself ({@code presidencyYear} = its own year).
 */
@Aggregate(cache = "presidencyCache")
class Presidency {

    @AggregateIdentifier
    private String presidencyId;
    private int year;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Member chair;
    private final Set<String> priorityCodes = new HashSet<>();
    private boolean closed;

    Presidency() {
        // rebuilt from its events, or created by OpenPresidency
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenPresidency command, PartnershipCalendar calendar, PresidencyWindows windows) {
        if (presidencyId != null) {
            throw new CommandRefusedException(Refusal.PRESIDENCY_EXISTS, "The " + command.year() + " presidency has already been opened.");
        }
        if (command.startsOn().isAfter(command.endsOn())) {
            throw new CommandRefusedException(Refusal.INVALID_WINDOW,
                    "A presidency cannot start (" + command.startsOn() + ") after it ends (" + command.endsOn() + ").");
        }
        Set<String> codes = new HashSet<>();
        for (Priority priority : command.priorities()) {
            if (!codes.add(priority.code())) {
                throw new CommandRefusedException(Refusal.PRIORITY_EXISTS, "Priority " + priority.code() + " is named more than once.");
            }
        }
        if (!calendar.isMemberInGoodStanding(command.chair(), command.startsOn())) {
            throw new CommandRefusedException(Refusal.CHAIR_NOT_MEMBER,
                    command.chair() + " is not a member in good standing on " + command.startsOn() + " and cannot chair the presidency.");
        }
        List<Integer> overlapping = windows.presidenciesOverlapping(command.startsOn(), command.endsOn());
        if (!overlapping.isEmpty()) {
            throw new CommandRefusedException(Refusal.PRESIDENCY_OVERLAP, "The window " + command.startsOn() + ".." + command.endsOn()
                    + " overlaps the window of the presidency of " + overlapping.get(0) + ".");
        }
        apply(new PresidencyOpened(command.year(), command.chair(), command.startsOn(), command.endsOn(), command.priorities(),
                command.effectiveDate(), command.year()));
    }

    @CommandHandler
    void handle(DeclarePriority command) {
        refuseIfClosed();
        if (priorityCodes.contains(command.code())) {
            throw new CommandRefusedException(Refusal.PRIORITY_EXISTS,
                    "The " + year + " presidency has already declared priority " + command.code() + ".");
        }
        apply(new PriorityDeclared(year, command.code(), command.title(), command.effectiveDate(), year));
    }

    @CommandHandler
    void handle(ClosePresidency command) {
        refuseIfClosed();
        if (command.closedOn().isBefore(startsOn)) {
            throw new CommandRefusedException(Refusal.CLOSED_BEFORE_START,
                    "The " + year + " presidency cannot close on " + command.closedOn() + ", before it started on " + startsOn + ".");
        }
        if (command.successorYear() != null && command.successorYear() <= year) {
            throw new CommandRefusedException(Refusal.SUCCESSOR_NOT_LATER,
                    "The successor of the " + year + " presidency must be a later year, not " + command.successorYear() + ".");
        }
        apply(new PresidencyClosed(year, command.closedOn(), command.successorYear(), command.effectiveDate(), year));
    }

    @CommandHandler
    void handle(HandOverChair command, PartnershipCalendar calendar) {
        refuseIfClosed();
        if (!command.since().isAfter(startsOn) || command.since().isAfter(endsOn)) {
            throw new CommandRefusedException(Refusal.HANDOVER_OUTSIDE_WINDOW, "A handover of the " + year + " presidency must fall after "
                    + startsOn + " and no later than " + endsOn + ", not on " + command.since() + ".");
        }
        if (command.chair().equals(chair)) {
            throw new CommandRefusedException(Refusal.ALREADY_CHAIR, command.chair() + " already chairs the " + year + " presidency.");
        }
        if (!calendar.isMemberInGoodStanding(command.chair(), command.since())) {
            throw new CommandRefusedException(Refusal.CHAIR_NOT_MEMBER,
                    command.chair() + " is not a member in good standing on " + command.since() + " and cannot chair the presidency.");
        }
        apply(new ChairHandedOver(year, command.chair(), command.since(), command.effectiveDate(), year));
    }

    private void refuseIfClosed() {
        if (closed) {
            throw new CommandRefusedException(Refusal.PRESIDENCY_CLOSED, "The " + year + " presidency is closed and accepts nothing more.");
        }
    }

    @EventSourcingHandler
    void on(PresidencyOpened event) {
        presidencyId = String.valueOf(event.year());
        year = event.year();
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        chair = event.chair();
        event.priorities().forEach(priority -> priorityCodes.add(priority.code()));
    }

    @EventSourcingHandler
    void on(PriorityDeclared event) {
        priorityCodes.add(event.code());
    }

    @EventSourcingHandler
    void on(ChairHandedOver event) {
        chair = event.chair();
    }

    @EventSourcingHandler
    void on(PresidencyClosed event) {
        closed = true;
    }
}
