package org.mekong.jtf.cases.mapping;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mekong.jtf.common.mapping.TrackedByServer;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;
import org.mekong.jtf.cases.domain.Agency;
import org.mekong.jtf.cases.domain.Arrest;
import org.mekong.jtf.cases.domain.CaseEvent;
import org.mekong.jtf.cases.domain.Extradition;
import org.mekong.jtf.cases.domain.IdentityDocument;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.SeizedAsset;
import org.mekong.jtf.cases.domain.Seizure;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.domain.Warrant;
import org.mekong.jtf.cases.domain.InternationalRequest;
import org.mekong.jtf.cases.domain.Sighting;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.AgencyView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseCreate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseUpdate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectUpdate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.EventView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionBasisView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureView;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.IdentityDocumentDto;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;

import java.util.List;
import java.util.Set;

/**
 * Requests to entities (creates, and partial updates where a field left out stays as it is) and
 * entities to API views; entities never leave the service layer as they are. A target no mapping
 * names is a build error, so a new column cannot be forgotten silently.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CaseMapper {

    // --- creates: what the request says; the services add what follows from the case and the caller

    @TrackedByServer
    @Mapping(target = "title", expression = "java(request.title().strip())")
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "refYear", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "leadAgency", ignore = true)
    @Mapping(target = "participants", ignore = true)
    @Mapping(target = "closedOn", ignore = true)
    JointCase toEntity(CaseCreate request);

    @CaseRecordByServer
    @Mapping(target = "fullName", qualifiedByName = "nfc")
    @Mapping(target = "aliases", qualifiedByName = "nfcAll", defaultExpression = "java(new java.util.ArrayList<>())")
    @Mapping(target = "identityDocuments", defaultExpression = "java(new java.util.ArrayList<>())")
    @Mapping(target = "phones", defaultExpression = "java(new java.util.ArrayList<>())")
    Subject toEntity(SubjectCreate request);

    @CaseRecordByServer
    Arrest toEntity(ArrestCreate request);

    @CaseRecordByServer
    @Mapping(target = "kgEquivalent", ignore = true)
    @Mapping(target = "seizingAgencies", ignore = true)
    Seizure toEntity(SeizureCreate request);

    @CaseRecordByServer
    SeizedAsset toEntity(AssetCreate request);

    @CaseRecordByServer
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "provisionalArrestOn", ignore = true)
    @Mapping(target = "decidedOn", ignore = true)
    @Mapping(target = "surrenderedOn", ignore = true)
    @Mapping(target = "basisCode", source = "basis")
    @Mapping(target = "formalRequestOn", ignore = true)
    @Mapping(target = "refusalGround", ignore = true)
    @Mapping(target = "handoverPlace", ignore = true)
    @Mapping(target = "escortingAgencies", ignore = true)
    @Mapping(target = "formalRequestOverdueAt", ignore = true)
    @Mapping(target = "surrenderOverdueAt", ignore = true)
    Extradition toEntity(ExtraditionCreate request);

    @CaseRecordByServer
    @Mapping(target = "subjectId", source = "subjectId")
    @Mapping(target = "issuingCountry", ignore = true)
    @Mapping(target = "issuingAuthority", expression = "java(request.issuingAuthority().strip())")
    @Mapping(target = "offence", expression = "java(request.offence().strip())")
    @Mapping(target = "reference", expression = "java(request.reference().strip())")
    @Mapping(target = "status", ignore = true)
    Warrant toEntity(WarrantCreate request);

    @CaseRecordByServer
    @Mapping(target = "warrantId", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "statusOn", ignore = true)
    InternationalRequest toEntity(InternationalRequestCreate request);

    @CaseRecordByServer
    @Mapping(target = "warrantId", ignore = true)
    @Mapping(target = "recordingAgency", ignore = true)
    Sighting toEntity(SightingCreate request);

    // --- partial updates: null leaves a field as it is; a list given replaces the old one

    @TrackedByServer
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "title", expression = "java(request.title() == null ? jointCase.title : request.title().strip())")
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "refYear", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "leadAgency", ignore = true)
    @Mapping(target = "participants", ignore = true)
    @Mapping(target = "openedOn", ignore = true)
    @Mapping(target = "closedOn", ignore = true)
    void update(CaseUpdate request, @MappingTarget JointCase jointCase);

    @CaseRecordByServer
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "fullName", qualifiedByName = "nfc")
    @Mapping(target = "aliases", qualifiedByName = "nfcAll")
    void update(SubjectUpdate request, @MappingTarget Subject subject);

    @Named("nfc")
    default String nfc(String text) {
        return Names.nfc(text);
    }

    @Named("nfcAll")
    default List<String> nfcAll(List<String> texts) {
        return Names.nfc(texts);
    }

    // --- views

    @Mapping(target = "participatingAgencies", source = "participants")
    CaseView toView(JointCase jointCase);

    AgencyView toView(Agency agency);

    SubjectView toView(Subject subject);

    IdentityDocumentDto toDto(IdentityDocument document);

    IdentityDocument toDocument(IdentityDocumentDto document);

    List<IdentityDocument> toDocuments(List<IdentityDocumentDto> documents);

    ArrestView toView(Arrest arrest, boolean foreigner);

    SeizureView toView(Seizure seizure);

    AssetView toView(SeizedAsset asset);

    @Mapping(target = "basis", source = "basisCode")
    @Mapping(target = "formalRequestDays", expression = "java(extradition.formalRequestDaysOrDefault())")
    @Mapping(target = "surrenderDays", expression = "java(extradition.surrenderDaysOrDefault())")
    @Mapping(target = "escortingAgencies", expression = "java(extradition.escortingAgencies.stream().sorted().toList())")
    @Mapping(target = "clocks", expression = "java(org.mekong.jtf.cases.service.ExtraditionClocks.of(extradition))")
    @Mapping(target = "overdue", expression = "java(org.mekong.jtf.cases.service.ExtraditionClocks.overdue(extradition))")
    ExtraditionView toView(Extradition extradition);

    ExtraditionBasisView toView(org.mekong.jtf.cases.domain.ExtraditionBasis basis);

    EventView toView(CaseEvent event);

    WarrantView toView(Warrant warrant, List<InternationalRequestView> requests);

    InternationalRequestView toView(InternationalRequest request);

    @Mapping(target = "wantedId", source = "warrantId")
    SightingView toView(Sighting sighting);

    /** Agency lists are shown in a stable order. */
    default List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }
}
