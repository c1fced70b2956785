package org.mekong.jtf.cases.domain;

/** Where a person stands with the law. TRANSFERRED: deported or handed over outside extradition. */
public enum SubjectStatus {
    AT_LARGE, WANTED, ARRESTED, EXTRADITED, TRANSFERRED, CONVICTED;

    /** Not yet held: an arrest, a provisional arrest or a detention makes the person ARRESTED. */
    public boolean isAtLarge() {
        return this == AT_LARGE || this == WANTED;
    }
}
