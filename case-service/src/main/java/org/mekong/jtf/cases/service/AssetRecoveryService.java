package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.SeizedAsset;
import org.mekong.jtf.cases.domain.Seizure;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.repository.AssetRepository;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.repository.SeizureRepository;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.AssetRecoveryView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.LinkedSubject;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.RecoveredAsset;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.RecoveredSeizure;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditLog.Touched;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.security.Caller;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What has been seized from a person, across the cases the caller's agency takes part in: the
 * seizures and assets linked to this subject and to the subjects of other cases that share an
 * identity document number with it (the same person recorded twice). Name-only likeness is not
 * enough to move assets into someone's column; that needs the correlation index.
 */
@ApplicationScoped
@RunsToCompletion
public class AssetRecoveryService {

    private static final int LIMIT = 500;

    private final SubjectRepository subjects;
    private final SeizureRepository seizures;
    private final AssetRepository assets;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final AuditLog audit;

    public AssetRecoveryService(SubjectRepository subjects, SeizureRepository seizures, AssetRepository assets,
                                CaseRepository cases, CaseAccess access, AuditLog audit) {
        this.subjects = subjects;
        this.seizures = seizures;
        this.assets = assets;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    @WithSession
    public Uni<AssetRecoveryView> of(Caller caller, UUID caseId, UUID subjectId) {
        return access.visible(caller, caseId).flatMap(c -> subjects.findInCase(c.id, subjectId)
                .onItem().ifNull().failWith(() -> Visibility.missing(SubjectService.SUBJECT, subjectId))
                .flatMap(person -> subjects.sameDocumentIn(person.id, caller.agency(), 50).flatMap(others -> {
                    Set<UUID> ids = new HashSet<>();
                    ids.add(person.id);
                    others.forEach(o -> ids.add(o.id));
                    return seizures.linkedToSubjects(ids, LIMIT).flatMap(seized -> assets.linkedToSubjects(ids, LIMIT)
                            .flatMap(held -> {
                                Set<UUID> caseIds = new HashSet<>();
                                caseIds.add(c.id);
                                others.forEach(o -> caseIds.add(o.caseId));
                                seized.forEach(s -> caseIds.add(s.caseId));
                                held.forEach(a -> caseIds.add(a.caseId));
                                return cases.byIds(caseIds).flatMap(theirCases -> {
                                    Map<UUID, JointCase> byId = theirCases.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
                                    return audited(caller, byId, person, seized, held)
                                            .map(v -> view(person, others, seized, held, byId));
                                });
                            }));
                })));
    }

    private Uni<Void> audited(Caller caller, Map<UUID, JointCase> cases, Subject person, List<Seizure> seized, List<SeizedAsset> held) {
        List<Touched> touched = new ArrayList<>();
        touched.add(new Touched("asset-recovery", person.id.toString(), cases.get(person.caseId).leadAgency));
        seized.forEach(s -> touched.add(new Touched(SeizureService.SEIZURE, s.id.toString(), cases.get(s.caseId).leadAgency)));
        held.forEach(a -> touched.add(new Touched(AssetService.ASSET, a.id.toString(), cases.get(a.caseId).leadAgency)));
        return audit.readAll(caller, touched);
    }

    private static AssetRecoveryView view(Subject person, List<Subject> others, List<Seizure> seized, List<SeizedAsset> held,
                                          Map<UUID, JointCase> cases) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        held.stream().filter(a -> a.estimatedValue != null && a.currency != null)
                .forEach(a -> byCurrency.merge(a.currency, a.estimatedValue, BigDecimal::add));
        return new AssetRecoveryView(person.id, person.fullName,
                others.stream().map(o -> new LinkedSubject(o.id, o.caseId, cases.get(o.caseId).reference, o.fullName,
                        "shares an identity document number")).toList(),
                seized.stream().map(s -> new RecoveredSeizure(s.id, s.caseId, cases.get(s.caseId).reference, s.subjectId, s.substance,
                        s.quantity, s.unit, s.kgEquivalent, s.country, s.seizedAt)).toList(),
                held.stream().map(a -> new RecoveredAsset(a.id, a.caseId, cases.get(a.caseId).reference, a.subjectId, a.type,
                        a.description, a.count, a.estimatedValue, a.currency, a.country, a.seizedAt)).toList(),
                byCurrency);
    }
}
