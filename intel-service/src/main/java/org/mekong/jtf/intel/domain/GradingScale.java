package org.mekong.jtf.intel.domain;

/** The scale a grading was given on: NATO's Admiralty 6×6, or Europol's 4×4. */
public enum GradingScale {
    ADMIRALTY, EUROPOL
}
