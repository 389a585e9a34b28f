package org.gptracker.query;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One presidency's event stream as the command service would publish it: the year is the aggregate id. */
public final class PresidencyStory {

    private final int year;
    private final List<EventEnvelope> envelopes = new ArrayList<>();

    private PresidencyStory(int year) {
        this.year = year;
    }

    public static PresidencyStory of(int year) {
        return new PresidencyStory(year);
    }

    public String aggregateId() {
        return String.valueOf(year);
    }

    /** Opened on {@code on} for the calendar year, with priorities given as code and title pairs. */
    public PresidencyStory opened(String on, String chair, String... codesAndTitles) {
        List<Priority> priorities = new ArrayList<>();
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            priorities.add(new Priority(codesAndTitles[i], codesAndTitles[i + 1]));
        }
        return add(new PresidencyOpened(year, Member.of(chair), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                priorities, LocalDate.parse(on), year));
    }

    public PresidencyStory declared(String on, String code, String title) {
        return add(new PriorityDeclared(year, code, title, LocalDate.parse(on), year));
    }

    public PresidencyStory handedOver(String since, String chair) {
        return add(new ChairHandedOver(year, Member.of(chair), LocalDate.parse(since), LocalDate.parse(since), year));
    }

    public PresidencyStory closed(String on, Integer successorYear) {
        return add(new PresidencyClosed(year, LocalDate.parse(on), successorYear, LocalDate.parse(on), year));
    }

    public int size() {
        return envelopes.size();
    }

    public EventEnvelope envelope(int sequence) {
        return EventRecords.CODEC.decode(record(sequence));
    }

    @SuppressWarnings("unchecked")
    public <E extends GpEvent> E event(int sequence) {
        return (E) EventRecords.CODEC.payload(envelope(sequence));
    }

    public byte[] record(int sequence) {
        return EventRecords.CODEC.encode(envelopes.get(sequence));
    }

    private PresidencyStory add(GpEvent event) {
        envelopes.add(EventRecords.envelope(event, aggregateId(), envelopes.size()));
        return this;
    }
}
