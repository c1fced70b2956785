package org.mekong.jtf.cases.domain;

import java.util.Map;
import java.util.Set;

import static org.mekong.jtf.cases.domain.ExtraditionStatus.*;

/**
 * How a fugitive goes from one country to another, each kind with its own steps. Extradition is the
 * judicial procedure under a treaty or reciprocity, with its deadlines; a deportation is an
 * administrative removal (detained, a removal order, handed over); a border handover is the police-
 * cooperation arrangement under which a person is agreed and handed over at a border post.
 */
public enum TransferKind {
    EXTRADITION(Map.of(
            REQUESTED, Set.of(PROVISIONAL_ARREST, APPROVED, REFUSED),
            PROVISIONAL_ARREST, Set.of(FORMAL_REQUEST, APPROVED, REFUSED),
            FORMAL_REQUEST, Set.of(APPROVED, REFUSED),
            APPROVED, Set.of(SURRENDERED))),
    DEPORTATION(Map.of(
            REQUESTED, Set.of(DETAINED, REFUSED),
            DETAINED, Set.of(ORDERED, REFUSED),
            ORDERED, Set.of(HANDED_OVER))),
    BORDER_HANDOVER(Map.of(
            REQUESTED, Set.of(DETAINED, AGREED, REFUSED),
            DETAINED, Set.of(AGREED, REFUSED),
            AGREED, Set.of(HANDED_OVER)));

    private final Map<ExtraditionStatus, Set<ExtraditionStatus>> allowed;

    TransferKind(Map<ExtraditionStatus, Set<ExtraditionStatus>> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(ExtraditionStatus from, ExtraditionStatus to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }
}
