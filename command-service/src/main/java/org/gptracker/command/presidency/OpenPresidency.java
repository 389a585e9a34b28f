package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A member takes the rotating presidency for {@code year}, chairing it over [startsOn, endsOn]. */
public record OpenPresidency(
        @TargetAggregateIdentifier int year,
        Member chair,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Priority> priorities,
        LocalDate effectiveDate) {

    public OpenPresidency {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    /** A priority as a sender gives it, its fields not yet checked. */
    public record PriorityText(String code, String title) {
    }

    /** A null priority, a blank code or title, and a code named twice are each named in {@code errors}. */
    public static OpenPresidency of(FieldErrors errors, Integer year, String chair, String startsOn, String endsOn,
                                    List<PriorityText> priorities, String effectiveDate, Clock clock) {
        Integer checkedYear = PresidencyRequests.year(errors, "year", year);
        Member checkedChair = errors.required("chair", chair) == null ? null : errors.parse("chair", () -> Member.of(chair));
        LocalDate checkedStart = errors.requiredDate("startsOn", startsOn);
        LocalDate checkedEnd = errors.requiredDate("endsOn", endsOn);
        if (checkedStart != null && checkedEnd != null && checkedStart.isAfter(checkedEnd)) {
            errors.reject("endsOn", "must not be before startsOn");
        }
        List<Priority> checkedPriorities = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; priorities != null && i < priorities.size(); i++) {
            String field = "priorities[" + i + "]";
            PriorityText priority = priorities.get(i);
            if (priority == null) {
                errors.reject(field, "must not be null");
                continue;
            }
            String code = PresidencyRequests.code(errors, field + ".code", priority.code());
            String title = PresidencyRequests.title(errors, field + ".title", priority.title());
            if (code != null && !codes.add(code)) {
                errors.reject(field + ".code", "names priority " + code + " more than once");
            }
            if (code != null && title != null) {
                checkedPriorities.add(new Priority(code, title));
            }
        }
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new OpenPresidency(checkedYear, checkedChair, checkedStart, checkedEnd, checkedPriorities, checkedDate);
    }
}
