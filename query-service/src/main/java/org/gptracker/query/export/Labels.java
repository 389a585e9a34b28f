package org.gptracker.query.export;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Member;

import java.util.Locale;

/** The readable English labels an export gives next to codes. */
final class Labels {

    private Labels() {
    }

    /** A state's English name ({@code MG} → Madagascar), or a member organisation's ({@code EU} → European Union). */
    static String member(String code) {
        Member member = Member.of(code);
        return member.isOrganisation() ? member.organisationName() : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    static String area(CbrnArea area) {
        return switch (area) {
            case CHEMICAL -> "Chemical";
            case BIOLOGICAL -> "Biological";
            case RADIOLOGICAL -> "Radiological";
            case NUCLEAR -> "Nuclear";
            case CROSS_CUTTING -> "Cross-cutting";
        };
    }

    static String status(String status) {
        return switch (status) {
            case "PROPOSED" -> "Proposed";
            case "MATCHED" -> "Matched";
            case "FUNDED" -> "Funded";
            case "CLOSED" -> "Closed";
            default -> throw new IllegalArgumentException("no project status " + status);
        };
    }
}
