package org.mekong.jtf.cases.domain;

/** Kinds of identity document. */
public enum DocumentType {
    PASSPORT, NATIONAL_ID, DRIVING_LICENCE, RESIDENCE_PERMIT, OTHER
}
