package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Subject;

@ApplicationScoped
public class SubjectRepository implements CaseRecordRepository<Subject> {

    @Override
    public String chronologicalField() {
        return "createdAt";
    }
}
