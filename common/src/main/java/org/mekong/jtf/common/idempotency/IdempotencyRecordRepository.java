package org.mekong.jtf.common.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepository<IdempotencyRecord> {

    Uni<IdempotencyRecord> findByKey(String agency, String officerId, String key) {
        return find("agency = ?1 and officerId = ?2 and idempotencyKey = ?3", agency, officerId, key).firstResult();
    }
}
