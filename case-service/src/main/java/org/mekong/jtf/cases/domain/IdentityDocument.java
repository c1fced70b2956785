package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class IdentityDocument {

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    public String number;

    @Column(name = "issuing_country")
    public String issuingCountry;
}
