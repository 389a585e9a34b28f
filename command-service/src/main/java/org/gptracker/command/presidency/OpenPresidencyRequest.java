package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /api/presidencies}, checked field by field before it becomes a command. */
@Schema(name = "OpenPresidency", description = "A member takes the rotating presidency for a year")
record OpenPresidencyRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023")
        Integer year,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2 code of a member", example = "JP")
        String chair,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2023-01-01")
        String startsOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2023-12-31")
        String endsOn,
        @ArraySchema(uniqueItems = true)
        List<PriorityInput> priorities,
        @Schema(format = "date", description = "the business date of the opening's recording; today when absent, never in the future")
        String effectiveDate) {

    OpenPresidency toCommand(Clock clock) {
        FieldErrors errors = new FieldErrors();
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
            PriorityInput priority = priorities.get(i);
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

    @Schema(name = "Priority", description = "A priority the presidency sets")
    record PriorityInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_CODE, example = "BIOSECURITY_AFRICA")
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_TITLE, example = "Biosecurity in Africa")
            String title) {
    }
}
