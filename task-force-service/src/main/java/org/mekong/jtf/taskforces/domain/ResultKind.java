package org.mekong.jtf.taskforces.domain;

/** What an operation achieved: arrests and seizures recorded in the case service, poppy fields found and destroyed. */
public enum ResultKind {
    ARREST, SEIZURE, POPPY_ERADICATION
}
