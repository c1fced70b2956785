package org.mekong.jtf.taskforces.mapping;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;
import org.mekong.jtf.common.mapping.TrackedByServer;
import org.mekong.jtf.taskforces.domain.Deployment;
import org.mekong.jtf.taskforces.domain.JointOperation;
import org.mekong.jtf.taskforces.domain.LinkedCase;
import org.mekong.jtf.taskforces.domain.Membership;
import org.mekong.jtf.taskforces.domain.Officer;
import org.mekong.jtf.taskforces.domain.OperationResult;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.domain.TaskForceEvent;
import org.mekong.jtf.taskforces.domain.TaskItem;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationCreate;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationView;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.EventView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.LinkedCaseView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskView;

import java.util.Collection;
import java.util.List;

/**
 * Requests to entities (creates, and partial updates where a field left out stays as it is) and
 * entities to API views. A target no mapping names is a build error.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface TaskForceMapper {

    // --- roster

    @TrackedByServer
    @Mapping(target = "agency", ignore = true)
    @Mapping(target = "country", ignore = true)
    @Mapping(target = "name", expression = "java(request.name().strip())")
    @Mapping(target = "specialties", defaultExpression = "java(new java.util.HashSet<>())")
    Officer toEntity(OfficerCreate request);

    @TrackedByServer
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "officerId", ignore = true)
    @Mapping(target = "agency", ignore = true)
    @Mapping(target = "country", ignore = true)
    void update(OfficerUpdate request, @MappingTarget Officer officer);

    @Mapping(target = "languages", expression = "java(sorted(officer.languages))")
    @Mapping(target = "specialties", expression = "java(sorted(officer.specialties))")
    OfficerView toView(Officer officer);

    // --- task forces

    @TrackedByServer
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "leadAgency", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "cases", ignore = true)
    @Mapping(target = "name", expression = "java(request.name().strip())")
    TaskForce toEntity(TaskForceCreate request);

    @TrackedByServer
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "leadAgency", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "cases", ignore = true)
    void update(TaskForceUpdate request, @MappingTarget TaskForce taskForce);

    TaskForceView toView(TaskForce taskForce, List<MemberView> members, List<String> countries);

    LinkedCaseView toView(LinkedCase linkedCase);

    @Mapping(target = "id", source = "membership.id")
    @Mapping(target = "agency", source = "membership.agency")
    @Mapping(target = "country", source = "membership.country")
    @Mapping(target = "officerId", source = "membership.officerId")
    MemberView toView(Membership membership, String name, List<String> languages);

    EventView toView(TaskForceEvent event);

    // --- deployments and tasks

    @TrackedByServer
    @Mapping(target = "taskForceId", ignore = true)
    @Mapping(target = "languageGap", ignore = true)
    @Mapping(target = "members", ignore = true)
    Deployment toEntity(DeploymentCreate request);

    @Mapping(target = "id", source = "deployment.id")
    @Mapping(target = "version", source = "deployment.version")
    DeploymentView toView(Deployment deployment, List<String> officers, List<String> commonLanguages, boolean interpreterPresent);

    @TrackedByServer
    @Mapping(target = "taskForceId", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "blockedReason", ignore = true)
    @Mapping(target = "doneAt", ignore = true)
    @Mapping(target = "assignees", defaultExpression = "java(new java.util.HashSet<>())")
    TaskItem toEntity(TaskCreate request);

    @Mapping(target = "assignees", expression = "java(sorted(task.assignees))")
    TaskView toView(TaskItem task, boolean overdue);

    // --- operations

    @TrackedByServer
    @Mapping(target = "leadAgency", ignore = true)
    @Mapping(target = "agencies", ignore = true)
    @Mapping(target = "taskForces", ignore = true)
    @Mapping(target = "cases", ignore = true)
    JointOperation toEntity(OperationCreate request);

    @Mapping(target = "agencies", expression = "java(sorted(operation.agencies))")
    @Mapping(target = "taskForces", expression = "java(sorted(operation.taskForces))")
    @Mapping(target = "cases", expression = "java(sorted(operation.cases))")
    OperationView toView(JointOperation operation);

    @Mapping(target = "on", source = "resultOn")
    ResultView toView(OperationResult result);

    default <E extends Comparable<E>> List<E> sorted(Collection<E> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }
}
