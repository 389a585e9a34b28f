package org.gptracker.events.value;

/** The CBRN security area a project works in. */
public enum CbrnArea {
    CHEMICAL, BIOLOGICAL, RADIOLOGICAL, NUCLEAR, CROSS_CUTTING
}
