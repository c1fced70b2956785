package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.cases.domain.Subject;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements CaseRecordRepository<Subject> {

    @Override
    public String chronologicalField() {
        return "createdAt";
    }

    /**
     * Other subject records sharing an identity document number (written without separators) with
     * this one, in the cases the agency takes part in: the same person recorded in another case.
     */
    public Uni<List<Subject>> sameDocumentIn(UUID subjectId, String agency, int limit) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select distinct o.id from subject o join subject_document od on od.subject_id = o.id
                        where upper(regexp_replace(od.number, '[^0-9A-Za-z]', '', 'g')) in (
                                select upper(regexp_replace(d.number, '[^0-9A-Za-z]', '', 'g')) from subject_document d where d.subject_id = :subject)
                          and o.id <> :subject
                          and exists (select 1 from case_participant p where p.case_id = o.case_id and p.agency_code = :agency)
                        limit :limit""", UUID.class)
                        .setParameter("subject", subjectId).setParameter("agency", agency).setParameter("limit", limit)
                        .getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Subject>of()) : list("id in ?1", ids));
    }
}
