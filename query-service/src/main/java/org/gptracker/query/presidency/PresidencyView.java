package org.gptracker.query.presidency;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code presidency} answer of DESIGN §4: what happened under a presidency, counted by effective date.
 *
 * @param chair           the member chairing at the end of the window (or on the as-of date)
 * @param chairs          every chair with the day it took over, the opening chair first
 * @param recipientStates distinct recipient states of the projects with any event in the presidency
 * @param byArea          projects with any event in the presidency, per CBRN area (every area, 0 included)
 * @param byPriority      the same projects per priority code (the presidency's own priorities, 0 included)
 * @param commitments     money committed within the window, per donor and currency
 * @param disbursements   money disbursed within the window, per donor and currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PresidencyView(
        int year,
        String chair,
        List<ChairView> chairs,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate closedOn,
        Integer successorYear,
        LocalDate asOf,
        List<PriorityView> priorities,
        Counts counts,
        long recipientStates,
        Map<String, Long> byArea,
        Map<String, Long> byPriority,
        List<DonorAmount> commitments,
        List<DonorAmount> disbursements) {

    record PriorityView(String code, String title) {
    }

    /**
     * @param carriedIn open (proposed, not closed) at its start
     * @param openAtEnd open at the end of its window
     */
    record Counts(long proposed, long matched, long funded, long closed, long carriedIn, long openAtEnd,
                  Map<String, Long> closedByOutcome) {
    }

    /** An amount of money from one donor: {@code {"donor":"CA","amount":{"amount":"1000.00","currency":"CAD"}}}. */
    record DonorAmount(String donor, Money amount) {
    }
}
