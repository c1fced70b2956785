package org.mekong.jtf.intel.domain;

/** An agreement is in force between its dates unless it was withdrawn. */
public enum AgreementStatus {
    IN_FORCE, WITHDRAWN
}
