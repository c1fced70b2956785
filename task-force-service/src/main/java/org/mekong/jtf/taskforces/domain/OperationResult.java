package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One result of an operation. An arrest or seizure refers to the case service's record (checked
 * there when recorded) and keeps what the report needs of it in native units: substance, quantity,
 * unit. A poppy eradication counts hectares identified and destroyed in a province.
 */
@Entity
@Table(name = "operation_result")
public class OperationResult extends TrackedRecord {

    @Column(name = "operation_id")
    public UUID operationId;

    @Enumerated(EnumType.STRING)
    public ResultKind kind;

    @Column(name = "recorded_by_agency")
    public String recordedByAgency;

    /** Province (ISO 3166-2) and day of the result. */
    public String province;

    @Column(name = "result_on")
    public LocalDate resultOn;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "record_id")
    public UUID recordId;

    public String substance;

    public BigDecimal quantity;

    public String unit;

    @Column(name = "hectares_identified")
    public BigDecimal hectaresIdentified;

    @Column(name = "hectares_destroyed")
    public BigDecimal hectaresDestroyed;
}
