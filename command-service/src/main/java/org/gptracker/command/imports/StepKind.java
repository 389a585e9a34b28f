package org.gptracker.command.imports;

/** The lifecycle steps a file may record, one project command each (DESIGN §8). */
enum StepKind {
    PROPOSE, REVISE, OFFER, ACCEPT, DECLINE, WITHDRAW, COMMIT, DISBURSE, CLOSE
}
