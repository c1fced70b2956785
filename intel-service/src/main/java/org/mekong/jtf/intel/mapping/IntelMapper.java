package org.mekong.jtf.intel.mapping;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;
import org.mekong.jtf.common.mapping.TrackedByServer;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.AgreementProposal;
import org.mekong.jtf.intel.domain.Approval;
import org.mekong.jtf.intel.domain.ConsentRequest;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.NamedOfficer;
import org.mekong.jtf.intel.domain.Photo;
import org.mekong.jtf.intel.domain.ReportEvent;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportShare;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.Waypoint;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.AgreementView;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ApprovalView;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalCreate;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ConsentView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.EarlyWarningDto;
import org.mekong.jtf.intel.rest.dto.ReportDtos.EarlyWarningView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.EventView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.GradingView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.NamedOfficerDto;
import org.mekong.jtf.intel.rest.dto.ReportDtos.PhotoDto;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportCreate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportUpdate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.WaypointDto;
import org.mekong.jtf.intel.rest.dto.ReportDtos.WithdrawalView;

import java.util.Collection;
import java.util.List;

/**
 * Requests to entities (creates, and partial updates where a field left out stays as it is) and
 * entities to API views. A target no mapping names is a build error, so a new column cannot be
 * forgotten silently. Who may see which share or named officer is decided by the services, which
 * hand the views what the reader may see.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface IntelMapper {

    // --- creates and updates of reports

    @ReportByServer
    @Mapping(target = "title", expression = "java(request.title().strip())")
    @Mapping(target = "handlingConditions", expression = "java(blankToNull(request.handlingConditions()))")
    @Mapping(target = "caseReferences", defaultExpression = "java(new java.util.ArrayList<>())")
    @Mapping(target = "substances", defaultExpression = "java(new java.util.HashSet<>())")
    @Mapping(target = "route", defaultExpression = "java(new java.util.ArrayList<>())")
    @Mapping(target = "namedOfficers", defaultExpression = "java(new java.util.HashSet<>())")
    IntelReport toEntity(ReportCreate request);

    @ReportByServer
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "title", expression = "java(request.title() == null ? report.title : request.title().strip())")
    @Mapping(target = "handlingConditions", expression = "java(request.handlingConditions() == null ? report.handlingConditions : blankToNull(request.handlingConditions()))")
    @Mapping(target = "namedOfficers", ignore = true)
    void update(ReportUpdate request, @MappingTarget IntelReport report);

    /** The early-warning part of a note (nothing else of the report); on a plain report there is none. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "ewSubstanceName", source = "substanceName")
    @Mapping(target = "ewTabletLogo", source = "tabletLogo")
    @Mapping(target = "ewColour", source = "colour")
    @Mapping(target = "ewPackagingMark", source = "packagingMark")
    @Mapping(target = "ewFirstSeenAt", source = "firstSeenAt")
    @Mapping(target = "ewFirstSeenCountry", source = "firstSeenCountry")
    @Mapping(target = "ewFirstSeenProvince", source = "firstSeenProvince")
    @Mapping(target = "ewFirstSeenPlace", source = "firstSeenPlace")
    @Mapping(target = "ewSeizureReference", source = "seizureReference")
    @Mapping(target = "photos", source = "photos", defaultExpression = "java(new java.util.ArrayList<>())")
    void applyEarlyWarning(EarlyWarningDto earlyWarning, @MappingTarget IntelReport report);

    Waypoint toWaypoint(WaypointDto waypoint);

    NamedOfficer toNamedOfficer(NamedOfficerDto officer);

    Photo toPhoto(PhotoDto photo);

    default String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // --- views of reports

    @Mapping(target = "grading", expression = "java(grading(report))")
    @Mapping(target = "withdrawal", expression = "java(withdrawal(report))")
    @Mapping(target = "earlyWarning", expression = "java(earlyWarning(report))")
    @Mapping(target = "substances", expression = "java(sorted(report.substances))")
    @Mapping(target = "namedOfficers", source = "visibleOfficers")
    @Mapping(target = "distribution", source = "visibleShares")
    ReportView toView(IntelReport report, List<ShareView> visibleShares, List<NamedOfficerDto> visibleOfficers);

    default GradingView grading(IntelReport report) {
        var g = report.grading();
        return new GradingView(String.valueOf(g.sourceReliability()), g.informationCredibility(), g.code(), g.gradedAs());
    }

    default WithdrawalView withdrawal(IntelReport report) {
        return report.status != ReportStatus.WITHDRAWN ? null
                : new WithdrawalView(report.withdrawnAt, report.withdrawnBy, report.withdrawnByAgency, report.withdrawalReason);
    }

    default EarlyWarningView earlyWarning(IntelReport r) {
        return r.kind != ReportKind.EARLY_WARNING ? null : new EarlyWarningView(r.ewSubstanceName, r.ewTabletLogo, r.ewColour,
                r.ewPackagingMark, r.ewFirstSeenAt, r.ewFirstSeenCountry, r.ewFirstSeenProvince, r.ewFirstSeenPlace,
                r.ewSeizureReference, toPhotoDtos(r.photos));
    }

    List<PhotoDto> toPhotoDtos(List<Photo> photos);

    NamedOfficerDto toDto(NamedOfficer officer);

    List<NamedOfficerDto> toDtos(Collection<NamedOfficer> officers);

    default <E extends Comparable<E>> List<E> sorted(Collection<E> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    /**
     * @param state         ACTIVE, LAPSED or REVOKED
     * @param lapsedBecause why a LAPSED share no longer grants access
     */
    @Mapping(target = "agreement", source = "share.agreementCode")
    @Mapping(target = "sharedAt", source = "share.createdAt")
    @Mapping(target = "sharedBy", source = "share.createdBy")
    ShareView toView(ReportShare share, String state, String lapsedBecause);

    @Mapping(target = "agreement", source = "agreementCode")
    @Mapping(target = "requestedAt", source = "createdAt")
    @Mapping(target = "requestedBy", source = "createdBy")
    ConsentView toView(ConsentRequest request);

    EventView toView(ReportEvent event);

    // --- agreements

    @Mapping(target = "parties", expression = "java(sorted(agreement.parties))")
    @Mapping(target = "purposes", expression = "java(sorted(agreement.purposes))")
    @Mapping(target = "inForce", expression = "java(notInForceBecause == null)")
    AgreementView toView(Agreement agreement, String notInForceBecause);

    @TrackedByServer
    @Mapping(target = "agreementId", ignore = true)
    @Mapping(target = "approvals", ignore = true)
    @Mapping(target = "approvers", ignore = true)
    @Mapping(target = "proposerAgency", ignore = true)
    @Mapping(target = "proposerCountry", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "decidedAt", ignore = true)
    @Mapping(target = "rejectedBy", ignore = true)
    @Mapping(target = "rejectedByAgency", ignore = true)
    @Mapping(target = "rejectionReason", ignore = true)
    @Mapping(target = "parties", defaultExpression = "java(new java.util.HashSet<>())")
    @Mapping(target = "purposes", defaultExpression = "java(new java.util.HashSet<>())")
    AgreementProposal toEntity(ProposalCreate request);

    @Mapping(target = "parties", expression = "java(sorted(proposal.parties))")
    @Mapping(target = "purposes", expression = "java(sorted(proposal.purposes))")
    @Mapping(target = "proposedBy", source = "proposal.createdBy")
    @Mapping(target = "proposedAt", source = "proposal.createdAt")
    @Mapping(target = "awaitingCountries", expression = "java(sorted(proposal.awaiting()))")
    ProposalView toView(AgreementProposal proposal, String agreement);

    ApprovalView toView(Approval approval);
}
