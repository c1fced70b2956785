package org.mekong.jtf.common.security;

/** The roles of DESIGN.md. Endpoints name permissions; each service maps them to roles ({@link PermissionMap}). */
public final class Roles {
    public static final String INVESTIGATOR = "investigator";
    public static final String ANALYST = "analyst";
    public static final String LIAISON = "liaison";
    public static final String COMMANDER = "commander";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";
    /** Machine clients: other national systems. */
    public static final String INTEGRATION = "integration";

    public static final java.util.Set<String> ALL = java.util.Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR,
            AUDITOR, INTEGRATION);

    private Roles() {
    }
}
