package org.mekong.jtf.taskforces.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.PermissionMap;
import org.mekong.jtf.common.security.Roles;

import java.util.Map;
import java.util.Set;

import static org.mekong.jtf.common.security.Roles.*;

/**
 * What each role may do in the task-force service — the one place roles are named. Which task
 * forces a caller sees, and that only a task force's commanders (or its lead agency's) manage it,
 * are the services' own rules.
 */
@ApplicationScoped
public class TaskForcePermissions implements PermissionMap {

    /** The roster is readable by every role: partners pick officers for mixed task forces from it. */
    public static final String OFFICER_READ = "officer-read";
    /** An agency's supervisors keep its own officers on the roster. */
    public static final String OFFICER_MANAGE = "officer-manage";
    public static final String TASK_FORCE_READ = "task-force-read";
    /** Form a task force, link cases, change members and status, deploy, assign tasks. */
    public static final String TASK_FORCE_COMMAND = "task-force-command";
    /** Move a task one is assigned to along. */
    public static final String TASK_WORK = "task-work";
    public static final String OPERATION_READ = "operation-read";
    /** Plan joint operations and record their results. */
    public static final String OPERATION_MANAGE = "operation-manage";

    private static final Set<String> READERS = Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR, INTEGRATION);

    public static final Map<String, Set<String>> ROLES_BY_PERMISSION = Map.of(
            OFFICER_READ, Roles.ALL,
            OFFICER_MANAGE, Set.of(SUPERVISOR, INTEGRATION),
            TASK_FORCE_READ, READERS,
            TASK_FORCE_COMMAND, Set.of(COMMANDER, SUPERVISOR),
            TASK_WORK, Set.of(INVESTIGATOR, ANALYST, LIAISON, COMMANDER, SUPERVISOR),
            OPERATION_READ, READERS,
            OPERATION_MANAGE, Set.of(COMMANDER, SUPERVISOR, INTEGRATION));

    @Override
    public Map<String, Set<String>> rolesByPermission() {
        return ROLES_BY_PERMISSION;
    }
}
