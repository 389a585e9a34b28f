package org.gptracker.benchmarks.portfolio;

import java.util.List;
import java.util.Map;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;

/** Titles, summaries and expertise codes that read like the partnership's own project lists. */
final class ProjectTexts {

    private static final Map<CbrnArea, List<String>> TITLES = Map.of(
            CbrnArea.NUCLEAR, List.of("Upgrade physical protection at nuclear facilities", "Nuclear forensics laboratory",
                    "Secure transport of fissile material", "Insider-threat mitigation programme"),
            CbrnArea.RADIOLOGICAL, List.of("Recover and secure disused radioactive sources", "Radiation detection at border crossings",
                    "Regulatory inventory of high-activity sources"),
            CbrnArea.BIOLOGICAL, List.of("Biosafety and biosecurity at public-health laboratories", "Disease surveillance network",
                    "Secure storage of dangerous pathogen collections", "Mobile laboratory for outbreak response"),
            CbrnArea.CHEMICAL, List.of("Chemical security training for industry", "Destruction of chemical weapons stockpile",
                    "Security of toxic industrial chemicals in transit"),
            CbrnArea.CROSS_CUTTING, List.of("UNSCR 1540 national implementation", "Strategic trade controls capacity building",
                    "CBRN emergency response exercise", "Counter-proliferation financing training"));

    private static final List<String> EXPERTISE = List.of("PHYSICAL_PROTECTION", "EXPORT_CONTROL", "BORDER_SECURITY",
            "LAB_BIOSAFETY", "EMERGENCY_RESPONSE", "DETECTION_EQUIPMENT", "TRAINING", "REGULATORY_FRAMEWORK");

    private static final List<String> DECLINE_REASONS = List.of("Covered by another partner", "Outside the project's scope",
            "Conditions not acceptable to the recipient");

    private ProjectTexts() {
    }

    static String title(DeterministicRandom random, CbrnArea area, Country recipient) {
        return random.pick(TITLES.get(area)) + " in " + RecipientStates.name(recipient);
    }

    static String description(String title, long index) {
        return title + ". Generated portfolio project no. " + index + ".";
    }

    static List<String> expertise(DeterministicRandom random, int count) {
        return random.distinct(EXPERTISE, count);
    }

    static String declineReason(DeterministicRandom random) {
        return random.pick(DECLINE_REASONS);
    }

    static String closingSummary(String outcome) {
        return switch (outcome) {
            case "COMPLETED" -> "Delivered as planned; final report received.";
            case "CANCELLED" -> "Cancelled: funding did not materialise in time.";
            default -> "Withdrawn by the recipient.";
        };
    }
}
