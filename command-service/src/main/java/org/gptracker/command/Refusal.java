package org.gptracker.command;

/**
 * Why the domain refuses a command (409 {@code refused}, its stable {@code code}): the aggregates throw
 * {@link CommandRefusedException} with one of these. Each carries a sentence like the one the domain gives,
 * as the example of the OpenAPI document.
 */
public enum Refusal {
    PROJECT_CLOSED("This project is closed; nothing more can happen to it."),
    PROPOSAL_NOT_REVISABLE("Only a proposal can be revised; this project is already FUNDED."),
    TITLE_REQUIRED("A project needs a title."),
    RECIPIENT_REQUIRED("A project needs at least one recipient state."),
    DUPLICATE_RECIPIENT("Each recipient state may be named only once."),
    DONOR_NOT_MEMBER("RU was not a member in good standing of the partnership on 2023-05-02."),
    SUPPORT_KIND_REQUIRED("An offer needs a kind: FUNDS, EXPERTISE or FUNDS_AND_EXPERTISE."),
    OFFER_AMOUNT_REQUIRED("An offer of FUNDS needs an amount."),
    OFFER_KIND_MISMATCH("An offer of EXPERTISE carries no amount; offer FUNDS_AND_EXPERTISE to pledge money as well."),
    DUPLICATE_OFFER("Offer 0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b has already been made."),
    OFFER_NOT_FOUND("This project has no offer 0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b."),
    OFFER_NOT_OPEN("Offer 0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b is no longer open: it was withdrawn."),
    DONOR_NOT_PARTNER("JP is not a partner of this project: none of its offers has been accepted."),
    DUPLICATE_COMMITMENT("Commitment 7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a has already been recorded."),
    DISBURSEMENT_EXCEEDS_COMMITMENT("Disbursing 2000000.00 EUR would take JP above what it committed; it may still disburse 1500000.00 EUR."),
    DUPLICATE_DISBURSEMENT("Disbursement 9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f has already been recorded."),
    NOT_FUNDED("Only a funded project can be completed; this one is MATCHED."),
    OUTCOME_REQUIRED("Closing a project needs an outcome: COMPLETED, CANCELLED or WITHDRAWN."),
    PRESIDENCY_EXISTS("The 2023 presidency has already been opened."),
    INVALID_WINDOW("A presidency cannot start (2023-12-31) after it ends (2023-01-01)."),
    PRIORITY_EXISTS("The 2023 presidency has already declared priority UKRAINE."),
    CHAIR_NOT_MEMBER("RU is not a member in good standing on 2023-01-01 and cannot chair the presidency."),
    PRESIDENCY_OVERLAP("The window 2023-06-01..2024-05-31 overlaps the window of the presidency of 2024."),
    PRESIDENCY_CLOSED("The 2023 presidency is closed and accepts nothing more."),
    CLOSED_BEFORE_START("The 2023 presidency cannot close on 2022-12-31, before it started on 2023-01-01."),
    SUCCESSOR_NOT_LATER("The successor of the 2023 presidency must be a later year, not 2022."),
    HANDOVER_OUTSIDE_WINDOW("A handover of the 2014 presidency must fall after 2014-01-01 and no later than 2014-12-31, not on 2015-01-01."),
    ALREADY_CHAIR("DE already chairs the 2014 presidency."),
    ALREADY_MEMBER("JP is already a member of the partnership (admitted on 2002-06-27)."),
    NOT_A_MEMBER("XK is not a member of the partnership."),
    ALREADY_SUSPENDED("RU is already suspended (since 2022-03-01)."),
    SUSPENDED_BEFORE_ADMISSION("RU cannot be suspended from 2001-01-01, before its admission on 2002-06-27."),
    REASON_REQUIRED("A suspension needs a reason."),
    NOT_SUSPENDED("JP is not suspended."),
    REINSTATED_BEFORE_SUSPENSION("RU cannot be reinstated from 2021-01-01, before its suspension on 2022-03-01."),
    CONCURRENT_CHANGE("Another change to the same record was stored at the same moment; nothing was stored. Try again."),
    REPUBLISH_RUNNING("A republish is already running; ask again when it has finished.");

    private final String example;

    Refusal(String example) {
        this.example = example;
    }

    /** What a refusal with this code says, as an example. */
    public String example() {
        return example;
    }
}
