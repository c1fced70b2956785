package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Seizure;

@ApplicationScoped
public class SeizureRepository implements CaseRecordRepository<Seizure> {

    @Override
    public String chronologicalField() {
        return "seizedAt";
    }
}
