package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Arrest;

@ApplicationScoped
public class ArrestRepository implements CaseRecordRepository<Arrest> {

    @Override
    public String chronologicalField() {
        return "arrestedAt";
    }
}
