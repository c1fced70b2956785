package org.mekong.jtf.cases.domain;

/** Red Notice and diffusion go through INTERPOL; a bilateral request to one named country. */
public enum InternationalRequestKind {
    RED_NOTICE, DIFFUSION, BILATERAL_REQUEST
}
