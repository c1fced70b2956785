package org.mekong.jtf.cases.service;

import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.util.UUID;

/** How every kind of record of a case is read: a page of them, or one, through the case's visibility, audited. */
public interface CaseRecordReads<V> {

    Uni<Page<V>> list(Caller caller, UUID caseId, int page, int size);

    Uni<V> get(Caller caller, UUID caseId, UUID id);
}
