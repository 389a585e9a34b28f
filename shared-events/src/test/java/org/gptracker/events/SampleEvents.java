package org.gptracker.events;

import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** One realistic example of every event type of the catalog; tests fail when a type has none. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static List<GpEvent> oneOfEach() {
        return List.of(
                new ProjectProposed(
                        "7d0f1f5e-3a55-4b8a-9d55-0f3f0b7a4a11",
                        "Rebuild physical protection at the Chornobyl site",
                        "Perimeter, detection and response upgrades",
                        List.of(Country.of("UA")),
                        CbrnArea.NUCLEAR,
                        List.of("UKRAINE"),
                        Money.parse("2500000.00", "EUR"),
                        List.of("physical protection"),
                        LocalDate.of(2023, 3, 14),
                        2023));
    }
}
