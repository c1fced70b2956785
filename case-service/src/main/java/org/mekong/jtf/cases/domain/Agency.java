package org.mekong.jtf.cases.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A participating law-enforcement agency; reference data seeded by migration. */
@Entity
public class Agency {

    @Id
    public String code;

    public String name;

    public String country;
}
