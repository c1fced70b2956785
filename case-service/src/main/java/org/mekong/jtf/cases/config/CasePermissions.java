package org.mekong.jtf.cases.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.PermissionMap;
import org.mekong.jtf.common.security.Roles;

import java.util.Map;
import java.util.Set;

import static org.mekong.jtf.common.security.Roles.*;

/**
 * What each role may do in the case service — the one place roles are named. Tenancy (which cases)
 * and lead-agency rules are the services' own; this says only which kinds of operation a role has.
 */
@ApplicationScoped
public class CasePermissions implements PermissionMap {

    public static final String AGENCY_READ = "agency-read";
    public static final String CASE_READ = "case-read";
    public static final String CASE_OPEN = "case-open";
    public static final String CASE_EDIT = "case-edit";
    /** Lifecycle and participants: the lead agency's supervisor. */
    public static final String CASE_MANAGE = "case-manage";
    public static final String SUBJECT_RECORD = "subject-record";
    public static final String ARREST_RECORD = "arrest-record";
    public static final String SEIZURE_RECORD = "seizure-record";
    public static final String ASSET_RECORD = "asset-record";
    public static final String EXTRADITION_MANAGE = "extradition-manage";
    public static final String STATISTICS_READ = "statistics-read";
    /** Warrants and the international requests made on them. */
    public static final String WARRANT_MANAGE = "warrant-manage";
    /** The wanted list, open to every agency under the hit/no-hit rule. */
    public static final String WANTED_SEARCH = "wanted-search";
    public static final String SIGHTING_RECORD = "sighting-record";

    private static final Set<String> READERS = Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION);
    private static final Set<String> RECORDERS = Set.of(INVESTIGATOR, SUPERVISOR, INTEGRATION);

    public static final Map<String, Set<String>> ROLES_BY_PERMISSION = Map.ofEntries(
            Map.entry(AGENCY_READ, Roles.ALL),
            Map.entry(CASE_READ, READERS),
            Map.entry(CASE_OPEN, RECORDERS),
            Map.entry(CASE_EDIT, Set.of(INVESTIGATOR, SUPERVISOR)),
            Map.entry(CASE_MANAGE, Set.of(SUPERVISOR)),
            Map.entry(SUBJECT_RECORD, RECORDERS),
            Map.entry(ARREST_RECORD, RECORDERS),
            Map.entry(SEIZURE_RECORD, RECORDERS),
            Map.entry(ASSET_RECORD, RECORDERS),
            Map.entry(EXTRADITION_MANAGE, Set.of(LIAISON, SUPERVISOR, INTEGRATION)),
            Map.entry(WARRANT_MANAGE, Set.of(INVESTIGATOR, LIAISON, SUPERVISOR, INTEGRATION)),
            Map.entry(WANTED_SEARCH, READERS),
            Map.entry(SIGHTING_RECORD, Set.of(INVESTIGATOR, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION)),
            Map.entry(STATISTICS_READ, Set.of(ANALYST, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION)));

    @Override
    public Map<String, Set<String>> rolesByPermission() {
        return ROLES_BY_PERMISSION;
    }
}
