package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.HotlineReply;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HotlineReplyRepository implements PanacheRepository<HotlineReply> {

    public Uni<List<HotlineReply>> thread(UUID messageId) {
        return list("messageId", Sort.by("id"), messageId);
    }
}
