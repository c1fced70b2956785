package org.mekong.jtf.cases.domain;

/** Where a person stands with the law. */
public enum SubjectStatus {
    AT_LARGE, WANTED, ARRESTED, EXTRADITED, CONVICTED
}
