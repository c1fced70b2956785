package org.mekong.jtf.intel.domain;

/** Intelligence reports and drug early-warning notes are shared and graded alike. */
public enum ReportKind {
    REPORT("INT", "intel-report"),
    EARLY_WARNING("EW", "early-warning");

    /** First part of the reference (INT-2025-…), and the object type in the audit log. */
    public final String referencePrefix;
    public final String objectType;

    ReportKind(String referencePrefix, String objectType) {
        this.referencePrefix = referencePrefix;
        this.objectType = objectType;
    }
}
