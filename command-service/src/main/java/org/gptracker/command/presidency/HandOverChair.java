package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** {@code chair} takes over the presidency of {@code year} from {@code since} to its end. */
public record HandOverChair(@TargetAggregateIdentifier int year, Member chair, LocalDate since, LocalDate effectiveDate) {
}
