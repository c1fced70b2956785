package org.mekong.jtf.cases.rest.dto;

import jakarta.validation.GroupSequence;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.web.Created;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.cases.domain.DocumentType;
import org.mekong.jtf.cases.domain.SubjectRole;
import org.mekong.jtf.cases.domain.SubjectStatus;
import org.mekong.jtf.common.validation.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API shapes of persons in a case. Names may be in any script; they are stored in Unicode NFC. */
public final class SubjectDtos {

    private SubjectDtos() {
    }

    public record IdentityDocumentDto(
            @NotNull DocumentType type,
            @NotBlank @Size(max = 64) String number,
            @CountryCode String issuingCountry) {
    }

    @GroupSequence({ListBounds.class, SubjectCreate.class})
    public record SubjectCreate(
            @NotBlank @Size(max = 300) String fullName,
            @Size(max = 20, groups = ListBounds.class) List<@NotBlank @Size(max = 300) String> aliases,
            @CountryCode String nationality,
            @Past @HistoricalDate LocalDate dateOfBirth,
            @Size(max = 10, groups = ListBounds.class) List<@NotNull @Valid IdentityDocumentDto> identityDocuments,
            /** As written (national or international form); matched across reports and cases as E.164. */
            @Size(max = 10, groups = ListBounds.class) List<@NotBlank @Size(max = 40) String> phones,
            @NotNull SubjectRole role,
            @NotNull SubjectStatus status,
            @Size(max = 2000) String notes) {
    }

    /** Fields left out (null) stay as they are; a list given replaces the old one. */
    @GroupSequence({ListBounds.class, SubjectUpdate.class})
    public record SubjectUpdate(
            @Size(min = 1, max = 300) String fullName,
            @Size(max = 20, groups = ListBounds.class) List<@NotBlank @Size(max = 300) String> aliases,
            @CountryCode String nationality,
            @Past @HistoricalDate LocalDate dateOfBirth,
            @Size(max = 10, groups = ListBounds.class) List<@NotNull @Valid IdentityDocumentDto> identityDocuments,
            @Size(max = 10, groups = ListBounds.class) List<@NotBlank @Size(max = 40) String> phones,
            SubjectRole role,
            SubjectStatus status,
            @Size(max = 2000) String notes) {
    }

    public record SubjectView(UUID id, UUID caseId, String fullName, List<String> aliases, String nationality,
                              LocalDate dateOfBirth, List<IdentityDocumentDto> identityDocuments, List<String> phones, SubjectRole role,
                              SubjectStatus status, String notes, Instant createdAt, Instant updatedAt, long version) implements Created.Identified, Created.Versioned {
    }
}
