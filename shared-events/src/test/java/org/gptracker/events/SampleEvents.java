package org.gptracker.events;

import org.gptracker.events.audit.ActorErased;
import org.gptracker.events.audit.DigestPublished;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.membership.MemberReinstated;
import org.gptracker.events.membership.MemberSuspended;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.presidency.PriorityDeclared;
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

import java.time.LocalDate;
import java.util.List;

/** One realistic example of every event type of the catalog; tests fail when a type has none. */
public final class SampleEvents {

    private static final String PROJECT = "7d0f1f5e-3a55-4b8a-9d55-0f3f0b7a4a11";
    private static final String OFFER = "1b8e3c0d-7f2a-4b4c-8d5e-6f7a8b9c0d1e";

    private SampleEvents() {
    }

    public static List<GpEvent> oneOfEach() {
        return List.of(
                new ProjectProposed(
                        PROJECT,
                        "Rebuild physical protection at the Chornobyl site",
                        "Perimeter, detection and response upgrades",
                        List.of(Country.of("UA")),
                        CbrnArea.NUCLEAR,
                        List.of("UKRAINE"),
                        Money.parse("2500000.00", "EUR"),
                        List.of("physical protection"),
                        LocalDate.of(2023, 3, 14),
                        2023),
                new PresidencyOpened(2023, Member.of("JP"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        List.of(new Priority("UKRAINE", "Ukraine"), new Priority("BIOSECURITY_AFRICA", "Biosecurity in Africa")),
                        LocalDate.of(2023, 1, 1), 2023),
                new PriorityDeclared(2023, "UNSCR_1540_INDO_PACIFIC", "UNSCR 1540 in the Indo-Pacific", LocalDate.of(2023, 2, 1), 2023),
                new ChairHandedOver(2014, Member.of("DE"), LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 1), 2014),
                new PresidencyClosed(2023, LocalDate.of(2023, 12, 31), 2024, LocalDate.of(2023, 12, 31), 2023),
                new MemberAdmitted(Member.of("CA"), LocalDate.of(2002, 6, 27), LocalDate.of(2002, 6, 27), 2002),
                new MemberSuspended(Member.of("RU"), LocalDate.of(2022, 3, 1), "suspended by the members", LocalDate.of(2022, 3, 1), 2022),
                new MemberReinstated(Member.of("RU"), LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), null),
                new ProposalRevised(PROJECT, null, "Adds detection at the perimeter", null, null, null,
                        Money.parse("2750000.00", "EUR"), null, LocalDate.of(2023, 3, 20), 2023),
                new SupportOffered(PROJECT, OFFER, Member.of("CA"), SupportKind.FUNDS_AND_EXPERTISE,
                        Money.parse("1500000.00", "CAD"), List.of("physical protection"), LocalDate.of(2023, 4, 2), 2023),
                new OfferAccepted(PROJECT, OFFER, Member.of("CA"), LocalDate.of(2023, 4, 10), 2023),
                new OfferDeclined(PROJECT, OFFER, Member.of("EU"), "covered by another donor", LocalDate.of(2023, 4, 11), 2023),
                new OfferWithdrawn(PROJECT, OFFER, Member.of("JP"), LocalDate.of(2023, 4, 12), 2023),
                new FundingCommitted(PROJECT, "2c9a4d1e-8f3b-4c5d-9e6f-7a8b9c0d1e2f", Member.of("CA"),
                        Money.parse("1500000.00", "CAD"), LocalDate.of(2023, 5, 2), 2023),
                new FundsDisbursed(PROJECT, "3d0b5e2f-9a4c-4d6e-8f70-8b9c0d1e2f3a", Member.of("CA"),
                        Money.parse("500000.00", "CAD"), LocalDate.of(2023, 6, 2), 2023),
                new ProjectClosed(PROJECT, Outcome.COMPLETED, "Delivered and handed over", LocalDate.of(2024, 11, 30), 2024),
                new DigestPublished("0b6f3c2e-6a43-4f1e-9d55-5e3b0f0c9a11",
                        "9d4c6f0e3f0b1f5b7d1e6f8a2c4b6d8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e", 131,
                        java.time.Instant.parse("2026-12-07T00:00:00.011Z"), LocalDate.of(2026, 12, 7), null),
                new ActorErased("3f2a9c4e-1b7d-4e8a-9c6f-2d4b8e1a7c53", LocalDate.of(2026, 12, 7), null));
    }
}
