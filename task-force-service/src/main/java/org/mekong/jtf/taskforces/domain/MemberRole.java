package org.mekong.jtf.taskforces.domain;

public enum MemberRole {
    COMMANDER, DEPUTY, INVESTIGATOR, ANALYST, LIAISON, INTERPRETER, FORENSIC
}
