package org.gptracker.events.iati;

/**
 * How GP Tracker speaks IATI 2.03 (DESIGN §8), held once for the exporter that writes it and the importer
 * that reads it back: identifiers, organisation refs, code lists and vocabularies, and the extension element
 * that carries what IATI has no code for.
 */
public final class Iati {

    /** The reporting organisation: the partnership itself. */
    public static final String REPORTING_ORG = "XM-GPTRACKER";
    /** An activity's identifier is this prefix and the project's UUID. */
    public static final String ACTIVITY_PREFIX = REPORTING_ORG + "-";
    /** A member as an organisation: this prefix and its code ({@code XM-GPTRACKER-MEMBER-JP}). */
    public static final String MEMBER_PREFIX = REPORTING_ORG + "-MEMBER-";
    /** A recipient state as the implementing organisation: this prefix and its code. */
    public static final String STATE_PREFIX = REPORTING_ORG + "-STATE-";

    /** Sector and tag vocabulary 99: the reporting organisation's own, named by its URI. */
    public static final String REPORTER_OWN_VOCABULARY = "99";
    public static final String AREA_VOCABULARY = "https://gp-tracker.org/codes/cbrn-area";
    public static final String PRIORITY_VOCABULARY = "https://gp-tracker.org/codes/priority";

    /** OrganisationRole: the donors that are partners fund, the recipients implement. */
    public static final String FUNDING_ROLE = "1";
    public static final String IMPLEMENTING_ROLE = "4";

    /** ActivityDateType: proposed on (actual start) and closed on (actual end). */
    public static final String ACTUAL_START = "2";
    public static final String ACTUAL_END = "4";

    /** TransactionType: a pledge (an accepted offer of funds), a commitment, a disbursement. */
    public static final String PLEDGE = "12";
    public static final String COMMITMENT = "2";
    public static final String DISBURSEMENT = "3";

    /**
     * The namespace of GP Tracker's extension elements, which IATI 2.03 allows at the end of an
     * {@code iati-activity} (any element of another namespace). {@code <gp:outcome code="WITHDRAWN"/>} says
     * how a closed project ended, which ActivityStatus 5 (cancelled) leaves open.
     */
    public static final String EXTENSION_NAMESPACE = "https://gp-tracker.org/iati";
    public static final String EXTENSION_PREFIX = "gp";
    public static final String OUTCOME = "outcome";

    private Iati() {
    }

    public static String activityId(String projectId) {
        return ACTIVITY_PREFIX + projectId;
    }

    public static String member(String code) {
        return MEMBER_PREFIX + code;
    }

    public static String state(String code) {
        return STATE_PREFIX + code;
    }

    /** The member an organisation ref names, or null when it names none. */
    public static String memberOf(String ref) {
        return ref != null && ref.startsWith(MEMBER_PREFIX) ? ref.substring(MEMBER_PREFIX.length()) : null;
    }
}
