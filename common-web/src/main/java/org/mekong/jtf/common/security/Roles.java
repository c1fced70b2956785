package org.mekong.jtf.common.security;

/** The roles of DESIGN.md; endpoints name the ones they allow. */
public final class Roles {
    public static final String INVESTIGATOR = "investigator";
    public static final String ANALYST = "analyst";
    public static final String LIAISON = "liaison";
    public static final String COMMANDER = "commander";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";
    /** Machine clients: other national systems. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
