package org.gptracker.localstack.demo;

import org.gptracker.localstack.demo.ProjectScript.Amount;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic demo portfolio shaped like the partnership's public record: under Japan's 2023
 * presidency 319 projects funded across 96 recipient states (the named ones among them), some
 * proposed under Germany in 2022 and funded in 2023, some carried into 2024; and a 2024 portfolio
 * under Italy's priorities. Offers are made, accepted, declined and withdrawn, funds committed and
 * disbursed, projects closed. The same seed always gives the same rows.
 */
final class DemoPortfolio {

    /** The 96 states that receive the projects with activity in 2023: Africa, Asia-Pacific, the Americas, the Middle East and Central Asia, Europe. */
    static final List<String> STATES_2023 = List.of(
            "DZ", "AO", "BJ", "BW", "BF", "BI", "CM", "CV", "CF", "TD", "CI", "CD", "DJ", "EG", "ET", "GA", "GM", "GH", "GN", "KE",
            "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MA", "MZ", "NA", "NE", "NG", "RW", "SN", "SL", "ZA", "TZ", "TG", "TN", "UG",
            "BD", "KH", "ID", "LA", "MY", "MN", "MM", "NP", "PK", "PH", "LK", "TH", "TL", "VN", "FJ", "PG", "WS", "TO", "VU", "SB",
            "BT", "MV",
            "AR", "BR", "CL", "CO", "CR", "DO", "EC", "SV", "GT", "HN", "JM", "MX", "PA", "PY", "PE", "UY",
            "IQ", "JO", "LB", "SY", "YE", "KZ", "KG", "TJ", "UZ", "TM",
            "UA", "MD", "GE", "AM", "AL", "BA", "MK", "RS");
    static final int FUNDED_IN_2023 = 319;
    private static final List<String> AFRICA = STATES_2023.subList(0, 40);
    private static final List<String> ASIA_PACIFIC = STATES_2023.subList(40, 62);
    /** No step is dated later, so the portfolio loads on any day after it. */
    static final LocalDate LATEST = LocalDate.of(2026, 9, 30);

    private record Donor(String code, String currency, double perEuro) {
    }

    /** Donors drawn by weight (listed once per share); Russia, suspended since 2022, is not among them. */
    private static final List<Donor> DONORS = weighted(
            4, new Donor("US", "USD", 1.08), 3, new Donor("CA", "CAD", 1.47), 3, new Donor("GB", "GBP", 0.86),
            3, new Donor("DE", "EUR", 1), 3, new Donor("JP", "JPY", 158), 3, new Donor("EU", "EUR", 1),
            2, new Donor("FR", "EUR", 1), 2, new Donor("IT", "EUR", 1), 2, new Donor("NO", "NOK", 11.5),
            1, new Donor("AU", "AUD", 1.62), 1, new Donor("NL", "EUR", 1), 1, new Donor("SE", "SEK", 11.4),
            1, new Donor("CH", "CHF", 0.96), 1, new Donor("KR", "USD", 1.08), 1, new Donor("DK", "DKK", 7.46),
            1, new Donor("FI", "EUR", 1), 1, new Donor("NZ", "NZD", 1.78), 1, new Donor("ES", "EUR", 1));

    private final Random random = new Random(20230319L);
    private final List<LifecycleRow> rows = new ArrayList<>();
    private int nextState;
    private int projects;

    static List<LifecycleRow> rows() {
        return new DemoPortfolio().generate();
    }

    private List<LifecycleRow> generate() {
        named();
        for (int i = 0; i < 59; i++) {
            LocalDate proposed = day(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 10, 31));
            funded(ordinary(proposed, state2023(), List.of()), proposed, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 6, 30));
        }
        for (int i = 0; i < FUNDED_IN_2023 - 8 - 59; i++) {
            LocalDate proposed = day(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 8, 31));
            funded(ordinary(proposed, state2023(), List.of()), proposed, null, LocalDate.of(2023, 12, 31));
        }
        unfunded(2023, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 10, 31), 45);
        for (int i = 0; i < 110; i++) {
            LocalDate proposed = day(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 9, 30));
            funded(ordinary2024(proposed), proposed, null, LocalDate.of(2024, 12, 31));
        }
        unfunded(2024, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 10, 31), 50);
        return rows;
    }

    /** The projects the partnership itself names among its 2023 work. */
    private void named() {
        LocalDate march = LocalDate.of(2023, 3, 14);
        funded(script(march, "Public-health CBRN crisis response in Ukraine",
                "Equipment, training and exercises for Ukraine's public-health response to chemical, biological and "
                        + "radiological emergencies", List.of("UA"), "CROSS_CUTTING", List.of("UKRAINE"), 6_000_000), march, null,
                LocalDate.of(2023, 12, 31));
        LocalDate april = LocalDate.of(2023, 4, 3);
        funded(script(april, "Physical protection at the Chornobyl site",
                "Restoring perimeter protection, detection and response at the Chornobyl exclusion zone", List.of("UA"),
                "NUCLEAR", List.of("UKRAINE"), 4_500_000), april, null, LocalDate.of(2023, 12, 31));
        LocalDate may = LocalDate.of(2023, 5, 8);
        funded(script(may, "Radioactive source security in Ukraine",
                "Locating, securing and removing disused high-activity radioactive sources", List.of("UA"), "RADIOLOGICAL",
                List.of("UKRAINE"), 3_200_000), may, null, LocalDate.of(2023, 12, 31));
        LocalDate february = LocalDate.of(2023, 2, 20);
        funded(script(february, "Signature Initiative: biosafety and biosecurity in East Africa",
                "Laboratory biosafety, biosecurity and disease surveillance under the Signature Initiative to Mitigate "
                        + "Biological Threats in Africa", List.of("KE", "UG", "TZ"), "BIOLOGICAL", List.of("BIOSECURITY_AFRICA"),
                5_000_000), february, null, LocalDate.of(2023, 12, 31));
        LocalDate june = LocalDate.of(2023, 6, 12);
        funded(script(june, "Signature Initiative: outbreak detection in West Africa",
                "Sample transport, diagnostics and outbreak response under the Signature Initiative to Mitigate Biological "
                        + "Threats in Africa", List.of("SN", "GH", "NG"), "BIOLOGICAL", List.of("BIOSECURITY_AFRICA"), 4_000_000),
                june, null, LocalDate.of(2023, 12, 31));
        LocalDate july = LocalDate.of(2023, 7, 5);
        funded(script(july, "Mexico-Chile-Brazil trilateral UNSCR 1540 peer review",
                "A peer review of national implementation of UN Security Council resolution 1540 by Mexico, Chile and Brazil",
                List.of("MX", "CL", "BR"), "CROSS_CUTTING", List.of("UNSCR_1540"), 450_000), july, null, LocalDate.of(2023, 12, 31));
        LocalDate spring = LocalDate.of(2023, 4, 24);
        funded(script(spring, "Capacity to implement UN sanctions on North Korea",
                "Training customs, financial intelligence and export control officials to implement UN sanctions on the DPRK",
                List.of("PH", "MY", "ID", "TH", "VN"), "CROSS_CUTTING", List.of("UNSCR_1540_INDO_PACIFIC"), 1_800_000), spring, null,
                LocalDate.of(2023, 12, 31));
        LocalDate autumn = LocalDate.of(2023, 8, 28);
        funded(script(autumn, "Preventing the re-emergence of chemical weapons in Syria",
                "Support to the OPCW's work to verify and prevent any re-emergence of chemical weapons in Syria", List.of("SY"),
                "CHEMICAL", List.of(), 2_500_000), autumn, null, LocalDate.of(2023, 12, 31));
    }

    /** Offered, accepted and committed by {@code commitBy} (not before {@code commitFrom}); then disbursed and perhaps closed. */
    private void funded(ProjectScript project, LocalDate proposed, LocalDate commitFrom, LocalDate commitBy) {
        long budget = budgetOf(project);
        Donor lead = donor();
        LocalDate offered = after(proposed, 5, 30);
        long share = Math.max(100_000, budget * (50 + random.nextInt(51)) / 100 / 1000 * 1000);
        Amount leadAmount = amount(lead, share);
        String leadOffer = project.offer(offered, lead.code(), leadAmount);
        LocalDate accepted = after(offered, 2, 20);
        project.accept(accepted, leadOffer);
        LocalDate committed = after(accepted, 3, 30);
        if (commitFrom != null && committed.isBefore(commitFrom)) {
            committed = after(commitFrom, 0, 60);
        }
        if (committed.isAfter(commitBy)) {
            committed = commitBy;
        }
        Donor partner = null;
        if (random.nextInt(10) < 3) {
            partner = otherDonor(lead);
            String second = project.offer(accepted, partner.code(), amount(partner, budget - share + 50_000));
            if (random.nextBoolean()) {
                project.accept(accepted, second);
            } else {
                project.decline(after(accepted, 1, 10), second, "Covered by the lead donor's offer");
                partner = null;
            }
        }
        LocalDate last = project.last().isAfter(committed) ? project.last() : committed;
        if (last.isAfter(commitBy)) {
            last = commitBy;
        }
        project.commit(last, lead.code(), leadAmount);
        if (partner != null) {
            project.commit(last, partner.code(), amount(partner, budget - share + 50_000));
        }
        disburseAndClose(project, lead, leadAmount);
        rows.addAll(project.rows());
    }

    private void disburseAndClose(ProjectScript project, Donor lead, Amount committed) {
        LocalDate first = after(project.last(), 20, 150);
        if (first.isAfter(LATEST)) {
            return;
        }
        long half = committed.units() * (40 + random.nextInt(21)) / 100;
        project.disburse(first, lead.code(), Amount.of(half, committed.currency()));
        LocalDate second = after(first, 60, 200);
        if (second.isAfter(LATEST) || random.nextInt(4) == 0) {
            return;
        }
        project.disburse(second, lead.code(), Amount.of(committed.units() - half, committed.currency()));
        LocalDate closed = after(second, 30, 300);
        if (!closed.isAfter(LATEST) && random.nextInt(10) < 6) {
            project.close(closed, "COMPLETED", "Delivered as planned and handed over to the recipient");
        }
    }

    /** Proposals that are not funded (yet): waiting, declined, matched only, withdrawn offers, withdrawn or cancelled. */
    private void unfunded(int year, LocalDate from, LocalDate to, int count) {
        for (int i = 0; i < count; i++) {
            LocalDate proposed = day(from, to);
            ProjectScript project = year == 2023 ? ordinary(proposed, state2023(), List.of()) : ordinary2024(proposed);
            Donor donor = donor();
            Amount amount = amount(donor, budgetOf(project) / 2 / 1000 * 1000);
            int kind = i % 5;
            if (kind >= 1 && kind <= 3) {
                LocalDate offered = after(proposed, 3, 30);
                String offer = project.offer(offered, donor.code(), amount);
                LocalDate decided = after(offered, 7, 40);
                switch (kind) {
                    case 1 -> project.decline(decided, offer, "The offer does not match the needs assessment");
                    case 2 -> project.accept(decided, offer);
                    default -> project.withdraw(decided, offer);
                }
            } else if (kind == 4) {
                project.close(after(proposed, 60, 200), i % 2 == 0 ? "WITHDRAWN" : "CANCELLED",
                        "The recipient withdrew the request after a change of national plans");
            }
            rows.addAll(project.rows());
        }
    }

    private ProjectScript ordinary(LocalDate proposed, String state, List<String> extra) {
        List<String> recipients = new ArrayList<>(List.of(state));
        if (random.nextInt(8) == 0) {
            String neighbour = STATES_2023.get(random.nextInt(STATES_2023.size()));
            if (!recipients.contains(neighbour)) {
                recipients.add(neighbour);
            }
        }
        recipients.addAll(extra);
        String area = AREAS.get(random.nextInt(AREAS.size()));
        List<String> priorities = AFRICA.contains(state) && area.equals("BIOLOGICAL") ? List.of("BIOSECURITY_AFRICA")
                : ASIA_PACIFIC.contains(state) && area.equals("CROSS_CUTTING") ? List.of("UNSCR_1540_INDO_PACIFIC")
                : state.equals("UA") ? List.of("UKRAINE") : List.of();
        return script(proposed, title(area, state), null, recipients, area, priorities, 150_000 + random.nextInt(40) * 50_000L);
    }

    private ProjectScript ordinary2024(LocalDate proposed) {
        String priority = PRIORITIES_2024.get(random.nextInt(PRIORITIES_2024.size()));
        String state = priority.equals("BIOSECURITY_AFRICA") ? AFRICA.get(random.nextInt(AFRICA.size()))
                : STATES_2023.get(random.nextInt(STATES_2023.size()));
        String area = switch (priority) {
            case "BIOSECURITY_AFRICA" -> "BIOLOGICAL";
            case "CHEMICAL_SECURITY_CLIMATE" -> "CHEMICAL";
            default -> "CROSS_CUTTING";
        };
        String title = switch (priority) {
            case "CHEMICAL_SECURITY_CLIMATE" -> "Chemical security of industrial sites exposed to floods and heat in " + name(state);
            case "EMERGING_TECHNOLOGIES" -> "Managing proliferation risks of emerging technologies in " + name(state);
            case "COUNTER_PROLIFERATION_FINANCING" -> "Countering proliferation financing in " + name(state);
            default -> title(area, state);
        };
        return script(proposed, title, null, List.of(state), area, List.of(priority), 200_000 + random.nextInt(30) * 50_000L);
    }

    private ProjectScript script(LocalDate proposed, String title, String description, List<String> recipients, String area,
                                 List<String> priorities, long budgetEuro) {
        projects++;
        ProjectScript project = new ProjectScript("demo-%d-%04d".formatted(proposed.getYear(), projects));
        return project.propose(proposed, title, description, recipients, area, priorities, Amount.of(budgetEuro, "EUR"));
    }

    private static long budgetOf(ProjectScript project) {
        return Long.parseLong(project.rows().get(0).amount().replace(".00", ""));
    }

    private String state2023() {
        return STATES_2023.get(nextState++ % STATES_2023.size());
    }

    private Donor donor() {
        return DONORS.get(random.nextInt(DONORS.size()));
    }

    private Donor otherDonor(Donor than) {
        Donor other = donor();
        while (other.code().equals(than.code())) {
            other = donor();
        }
        return other;
    }

    private static Amount amount(Donor donor, long euros) {
        return Amount.of(Math.round(euros * donor.perEuro() / 1000) * 1000, donor.currency());
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private LocalDate after(LocalDate date, int minDays, int maxDays) {
        return date.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
    }

    private static final List<String> AREAS = List.of("BIOLOGICAL", "BIOLOGICAL", "CHEMICAL", "RADIOLOGICAL", "NUCLEAR",
            "CROSS_CUTTING", "CROSS_CUTTING");
    private static final List<String> PRIORITIES_2024 = List.of("BIOSECURITY_AFRICA", "CHEMICAL_SECURITY_CLIMATE",
            "EMERGING_TECHNOLOGIES", "COUNTER_PROLIFERATION_FINANCING");

    private String title(String area, String state) {
        List<String> titles = switch (area) {
            case "BIOLOGICAL" -> List.of("Biosafety and biosecurity training for laboratories in %s",
                    "Disease surveillance and outbreak response in %s", "Secure storage of dangerous pathogens in %s");
            case "CHEMICAL" -> List.of("Chemical security for industrial sites in %s",
                    "Implementing the Chemical Weapons Convention in %s", "Safe management of toxic industrial chemicals in %s");
            case "RADIOLOGICAL" -> List.of("Security of radioactive sources in %s", "Orphan source search and recovery in %s");
            case "NUCLEAR" -> List.of("Nuclear security culture and insider-threat mitigation in %s",
                    "Detection of nuclear material at the borders of %s");
            default -> List.of("Export control and strategic trade capacity in %s", "UNSCR 1540 national implementation in %s",
                    "CBRN emergency preparedness in %s");
        };
        return titles.get(random.nextInt(titles.size())).formatted(name(state));
    }

    private static String name(String state) {
        return new Locale("", state).getDisplayCountry(Locale.ENGLISH);
    }

    private static List<Donor> weighted(Object... weightsAndDonors) {
        List<Donor> donors = new ArrayList<>();
        for (int i = 0; i < weightsAndDonors.length; i += 2) {
            for (int n = 0; n < (Integer) weightsAndDonors[i]; n++) {
                donors.add((Donor) weightsAndDonors[i + 1]);
            }
        }
        return donors;
    }
}
