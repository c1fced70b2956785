package org.mekong.jtf.cases.domain;

/** A person's part in the network under investigation. */
public enum SubjectRole {
    ORGANISER, FINANCIER, COURIER, SUSPECT, FUGITIVE, WITNESS
}
