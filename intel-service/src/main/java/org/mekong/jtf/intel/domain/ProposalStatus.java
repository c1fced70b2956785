package org.mekong.jtf.intel.domain;

public enum ProposalStatus {
    /** Waiting for the approval of every party country but the proposer's. */
    PENDING,
    /** Every party approved: the change is in the agreement. */
    APPLIED,
    /** A party rejected it. */
    REJECTED
}
