package org.mekong.jtf.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person in a case. Names are stored in Unicode NFC whatever script they are written in. */
@Entity
public class Subject extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "full_name")
    public String fullName;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "subject_alias", joinColumns = @JoinColumn(name = "subject_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    public String nationality;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "subject_document", joinColumns = @JoinColumn(name = "subject_id"))
    @OrderColumn(name = "position")
    public List<IdentityDocument> identityDocuments = new ArrayList<>();

    /** As written; the correlation index brings them to E.164. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "subject_phone", joinColumns = @JoinColumn(name = "subject_id"))
    @OrderColumn(name = "position")
    @Column(name = "number")
    public List<String> phones = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public SubjectRole role;

    @Enumerated(EnumType.STRING)
    public SubjectStatus status;

    public String notes;
}
