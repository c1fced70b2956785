package org.mekong.jtf.intel.domain;

import java.util.Map;
import java.util.Set;

/** DRAFT → PUBLISHED → WITHDRAWN (a draft may also be withdrawn); nothing else. */
public enum ReportStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
            DRAFT, Set.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, Set.of(WITHDRAWN),
            WITHDRAWN, Set.of());

    public boolean canBecome(ReportStatus next) {
        return NEXT.get(this).contains(next);
    }
}
