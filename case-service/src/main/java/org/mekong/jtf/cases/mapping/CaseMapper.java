package org.mekong.jtf.cases.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mekong.jtf.cases.domain.Agency;
import org.mekong.jtf.cases.domain.Arrest;
import org.mekong.jtf.cases.domain.CaseEvent;
import org.mekong.jtf.cases.domain.Extradition;
import org.mekong.jtf.cases.domain.IdentityDocument;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.SeizedAsset;
import org.mekong.jtf.cases.domain.Seizure;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.rest.dto.CaseDtos.AgencyView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.EventView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureView;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.IdentityDocumentDto;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;

import java.util.List;
import java.util.Set;

/** Entities to API views; entities never leave the service layer as they are. */
@Mapper
public interface CaseMapper {

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

    ExtraditionView toView(Extradition extradition);

    EventView toView(CaseEvent event);

    /** Agency lists are shown in a stable order. */
    default List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }
}
