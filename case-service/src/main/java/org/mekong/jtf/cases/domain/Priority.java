package org.mekong.jtf.cases.domain;

/** How urgently a case is worked. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
