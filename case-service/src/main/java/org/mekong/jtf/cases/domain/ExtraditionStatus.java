package org.mekong.jtf.cases.domain;

/**
 * The steps of a transfer; which follow which depends on its kind ({@link TransferKind}). An
 * extradition: REQUESTED → PROVISIONAL_ARREST → FORMAL_REQUEST → APPROVED / REFUSED → SURRENDERED;
 * a provisional arrest starts the clock of the formal request, approval starts the surrender's.
 * A deportation or a border handover: DETAINED, ORDERED or AGREED, HANDED_OVER.
 */
public enum ExtraditionStatus {
    REQUESTED, PROVISIONAL_ARREST, FORMAL_REQUEST, APPROVED, REFUSED, SURRENDERED,
    DETAINED, ORDERED, AGREED, HANDED_OVER;

    /** The step that holds the person (its date is the arrest the median days are counted from). */
    public boolean holdsThePerson() {
        return this == PROVISIONAL_ARREST || this == DETAINED;
    }

    /** The step that decides the request (its date is decidedOn). */
    public boolean decides() {
        return this == APPROVED || this == REFUSED || this == ORDERED || this == AGREED;
    }

    /** The step that hands the person over (its date is surrenderedOn). */
    public boolean handsOver() {
        return this == SURRENDERED || this == HANDED_OVER;
    }
}
