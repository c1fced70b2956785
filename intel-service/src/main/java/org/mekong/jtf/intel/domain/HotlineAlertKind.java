package org.mekong.jtf.intel.domain;

/** What another service raises on a hotline feed. */
public enum HotlineAlertKind {
    /** An extradition step whose treaty deadline passed without it (case service). */
    EXTRADITION_OVERDUE,
    /** A wanted person was seen (case service). */
    WANTED_PERSON_SIGHTED
}
