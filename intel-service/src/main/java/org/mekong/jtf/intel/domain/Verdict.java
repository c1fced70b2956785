package org.mekong.jtf.intel.domain;

/** The answer to a proposal or a consent request. */
public enum Verdict {
    APPROVE, REJECT
}
