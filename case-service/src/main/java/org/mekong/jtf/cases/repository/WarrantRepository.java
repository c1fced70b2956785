package org.mekong.jtf.cases.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Warrant;
import org.mekong.jtf.cases.domain.WarrantStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WarrantRepository implements CaseRecordRepository<Warrant> {

    /** What a wanted_key row holds. */
    public enum KeyKind { NAME, DOCUMENT }

    /** A key of an active warrant that a search matched. */
    public record KeyMatch(UUID warrantId, KeyKind kind) {
    }

    @Override
    public String chronologicalField() {
        return "issuedOn";
    }

    public Uni<List<Warrant>> activeOfSubject(UUID subjectId) {
        return list("subjectId = ?1 and status = ?2", subjectId, WarrantStatus.ACTIVE);
    }

    /** Replaces the keys the wanted list finds a warrant by. */
    public Uni<Void> replaceKeys(UUID warrantId, Collection<String> names, Collection<String> documents) {
        List<Object[]> rows = new ArrayList<>();
        names.stream().filter(k -> !k.isEmpty()).distinct().forEach(k -> rows.add(new Object[]{KeyKind.NAME.name(), k}));
        documents.stream().filter(k -> !k.isEmpty()).distinct().forEach(k -> rows.add(new Object[]{KeyKind.DOCUMENT.name(), k}));
        return getSession().flatMap(s -> s.createNativeQuery("delete from wanted_key where warrant_id = :id")
                        .setParameter("id", warrantId).executeUpdate())
                .flatMap(deleted -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    StringBuilder sql = new StringBuilder("insert into wanted_key (warrant_id, kind, value) values ");
                    for (int i = 0; i < rows.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append("(:id, :k").append(i).append(", :v").append(i).append(')');
                    }
                    return getSession().flatMap(s -> {
                        var q = s.createNativeQuery(sql.toString()).setParameter("id", warrantId);
                        for (int i = 0; i < rows.size(); i++) {
                            q.setParameter("k" + i, rows.get(i)[0]).setParameter("v" + i, rows.get(i)[1]);
                        }
                        return q.executeUpdate();
                    }).replaceWithVoid();
                });
    }

    /** Active warrants with a key equal to the name key or the document key (either may be empty), at most limit. */
    public Uni<List<KeyMatch>> matchActive(String nameKey, String documentKey, int limit) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select k.warrant_id, k.kind from wanted_key k join warrant w on w.id = k.warrant_id
                        where w.status = 'ACTIVE' and (k.kind = 'NAME' and k.value = :name or k.kind = 'DOCUMENT' and k.value = :document)
                        order by w.issued_on desc, k.warrant_id limit :limit""", Object[].class)
                        .setParameter("name", nameKey).setParameter("document", documentKey).setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new KeyMatch((UUID) r[0], KeyKind.valueOf((String) r[1]))).toList());
    }
}
