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

    /** The agency's hotline messages, threads, desks, feed and statistics. */
    public static final String HOTLINE_READ = "hotline-read";
    /** Send, reply, close one's own messages. */
    public static final String HOTLINE_SEND = "hotline-send";
    /** Acknowledge and answer what the agency received: the officers on duty. */
    public static final String HOTLINE_RESPOND = "hotline-respond";
    /** The agency's desk and its webhooks for national systems. */
    public static final String HOTLINE_ADMINISTER = "hotline-administer";
    /** Alerts the suite's other services raise on an agency's feed: their machine identities only. */
    public static final String HOTLINE_ALERT_RAISE = "hotline-alert-raise";
    /** The correlation exclusion list: values that must never correlate, or only with a warning. */
    public static final String CORRELATION_EXCLUDE = "correlation-exclude";
    /** The case service's feed of its records' entities and its cases' participants: machine identities only. */
    public static final String CORRELATION_FEED = "correlation-feed";
    /** Confirming or rejecting a hit: analysts, liaison officers and supervisors of either side. */
    public static final String CORRELATION_DECIDE = "correlation-decide";

    private static final Set<String> READERS = Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION);

    public static final Map<String, Set<String>> ROLES_BY_PERMISSION = Map.ofEntries(
            Map.entry(AGREEMENT_READ, Roles.ALL),
            Map.entry(AGREEMENT_PROPOSE, Set.of(SUPERVISOR)),
            Map.entry(INTEL_READ, READERS),
            Map.entry(INTEL_WRITE, Set.of(INVESTIGATOR, ANALYST, LIAISON, SUPERVISOR, INTEGRATION)),
            Map.entry(INTEL_SHARE, Set.of(ANALYST, LIAISON, SUPERVISOR, INTEGRATION)),
            Map.entry(CONSENT_DECIDE, Set.of(LIAISON, SUPERVISOR)),
            Map.entry(INTEL_EXPORT, Set.of(ANALYST, LIAISON, SUPERVISOR, INTEGRATION)),
            Map.entry(HOTLINE_READ, READERS),
            Map.entry(HOTLINE_SEND, Set.of(INVESTIGATOR, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION)),
            Map.entry(HOTLINE_RESPOND, Set.of(LIAISON, COMMANDER, SUPERVISOR, INTEGRATION)),
            Map.entry(HOTLINE_ADMINISTER, Set.of(SUPERVISOR, INTEGRATION)),
            Map.entry(HOTLINE_ALERT_RAISE, Set.of(INTEGRATION)),
            Map.entry(CORRELATION_EXCLUDE, Set.of(SUPERVISOR)),
            Map.entry(CORRELATION_FEED, Set.of(INTEGRATION)),
            Map.entry(CORRELATION_DECIDE, Set.of(ANALYST, LIAISON, SUPERVISOR)));

    @Override
    public Map<String, Set<String>> rolesByPermission() {
        return ROLES_BY_PERMISSION;
    }
}
