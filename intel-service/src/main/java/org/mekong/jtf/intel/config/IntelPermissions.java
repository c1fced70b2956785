package org.mekong.jtf.intel.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.PermissionMap;
import org.mekong.jtf.common.security.Roles;

import java.util.Map;
import java.util.Set;

import static org.mekong.jtf.common.security.Roles.*;

/**
 * What each role may do in the intel service — the one place roles are named. Which reports a
 * caller sees (originator, distribution, agreements in force, TLP) is the services' own rule; this
 * says only which kinds of operation a role has.
 */
@ApplicationScoped
public class IntelPermissions implements PermissionMap {

    /** Agreements are administrative records readable by all. */
    public static final String AGREEMENT_READ = "agreement-read";
    /** Propose, approve or reject agreement changes: an agency's supervisors. */
    public static final String AGREEMENT_PROPOSE = "agreement-propose";
    public static final String INTEL_READ = "intel-read";
    /** Write, edit, publish and withdraw the agency's own reports and early warnings. */
    public static final String INTEL_WRITE = "intel-write";
    /** Distribute a report, pass one on, revoke a share. */
    public static final String INTEL_SHARE = "intel-share";
    /** Decide on a partner's request to pass an H2 report on. */
    public static final String CONSENT_DECIDE = "consent-decide";
    /** STIX 2.1 bundles for other national systems and analysts' tools. */
    public static final String INTEL_EXPORT = "intel-export";

    public static final Map<String, Set<String>> ROLES_BY_PERMISSION = Map.of(
            AGREEMENT_READ, Roles.ALL,
            AGREEMENT_PROPOSE, Set.of(SUPERVISOR),
            INTEL_READ, Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION),
            INTEL_WRITE, Set.of(INVESTIGATOR, ANALYST, LIAISON, SUPERVISOR, INTEGRATION),
            INTEL_SHARE, Set.of(ANALYST, LIAISON, SUPERVISOR, INTEGRATION),
            CONSENT_DECIDE, Set.of(LIAISON, SUPERVISOR),
            INTEL_EXPORT, Set.of(ANALYST, LIAISON, SUPERVISOR, INTEGRATION));

    @Override
    public Map<String, Set<String>> rolesByPermission() {
        return ROLES_BY_PERMISSION;
    }
}
