package org.mekong.jtf.intel.domain;

import java.util.Map;

/** SENT → ACKNOWLEDGED → ANSWERED → CLOSED; nothing else. */
public enum HotlineStatus {
    SENT, ACKNOWLEDGED, ANSWERED, CLOSED;

    private static final Map<HotlineStatus, HotlineStatus> NEXT = Map.of(SENT, ACKNOWLEDGED, ACKNOWLEDGED, ANSWERED, ANSWERED, CLOSED);

    public boolean canBecome(HotlineStatus next) {
        return next == NEXT.get(this);
    }

    /** Acknowledging and answering are the receiving agency's; closing is the sender's. */
    public boolean byReceiver() {
        return this == ACKNOWLEDGED || this == ANSWERED;
    }
}
