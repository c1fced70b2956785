package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Extradition;

@ApplicationScoped
public class ExtraditionRepository implements CaseRecordRepository<Extradition> {

    @Override
    public String chronologicalField() {
        return "requestedOn";
    }
}
