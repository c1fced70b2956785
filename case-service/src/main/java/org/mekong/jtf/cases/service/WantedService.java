package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.client.HotlineAlert;
import org.mekong.jtf.cases.domain.Sighting;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.domain.Warrant;
import org.mekong.jtf.cases.domain.WarrantStatus;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.mapping.Names;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.repository.InternationalRequestRepository;
import org.mekong.jtf.cases.repository.SightingRepository;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.repository.WarrantRepository;
import org.mekong.jtf.cases.repository.WarrantRepository.KeyKind;
import org.mekong.jtf.cases.repository.WarrantRepository.KeyMatch;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WantedEntry;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WantedPerson;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WantedSearchResult;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditLog.Touched;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wanted list and sightings, open to every agency under the hit/no-hit rule: an agency of the
 * case sees the person and the warrant; any other agency learns only that someone matching its
 * search is wanted by a country, and whom to ask. Until the correlation index exists, a search
 * matches on this service's own data: a folded full name (or alias), a document number, a date or
 * year of birth.
 */
@ApplicationScoped
@RunsToCompletion
public class WantedService {

    static final String SIGHTING = "sighting";
    public static final String HIT = "HIT";
    public static final String POSSIBLE = "POSSIBLE";
    public static final String NO_HIT = "NO_HIT";
    private static final int MAX_ENTRIES = 20;

    /** What the caller searched with; names and numbers are folded to the keys they are compared by. */
    public record Search(String name, String documentNumber, LocalDate dateOfBirth, Integer birthYear, String nationality) {
    }

    private final WarrantRepository warrants;
    private final InternationalRequestRepository requests;
    private final SightingRepository sightings;
    private final SubjectRepository subjects;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final WarrantService warrantViews;
    private final AuditLog audit;
    private final HotlineOutbox hotline;
    private final CaseMapper mapper;

    public WantedService(WarrantRepository warrants, InternationalRequestRepository requests, SightingRepository sightings,
                         SubjectRepository subjects, CaseRepository cases, CaseAccess access, WarrantService warrantViews,
                         AuditLog audit, HotlineOutbox hotline, CaseMapper mapper) {
        this.hotline = hotline;
        this.warrants = warrants;
        this.requests = requests;
        this.sightings = sightings;
        this.subjects = subjects;
        this.cases = cases;
        this.access = access;
        this.warrantViews = warrantViews;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * What a wanted person's names and a search are matched by: the name's sound form in Latin,
     * whatever its script (common-web's PersonNames), its words sorted — so a Thai-script warrant is
     * found by its passport spelling and the usual variants of it, an exact key all the same (the
     * correlation index, not the wanted list, scores near spellings).
     */
    static String nameKey(String name) {
        return name == null || name.isBlank() ? "" : org.mekong.jtf.common.text.PersonNames.of(name).soundKey();
    }

    @WithSession
    public Uni<WantedSearchResult> search(Caller caller, Search search) {
        String nameKey = nameKey(search.name());
        String documentKey = Names.numberKey(search.documentNumber());
        if (nameKey.isEmpty() && documentKey.isEmpty()) {
            throw ProblemException.badRequest("name", "search by a full name or a document number");
        }
        return warrants.matchActive(nameKey, documentKey, MAX_ENTRIES * 2).flatMap(matches -> {
            Map<UUID, Set<KeyKind>> matched = new LinkedHashMap<>();
            matches.forEach(m -> matched.computeIfAbsent(m.warrantId(), id -> EnumSet.noneOf(KeyKind.class)).add(m.kind()));
            return warrants.byIds(matched.keySet()).flatMap(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().item(List.<Found>of());
                }
                return subjects.byIds(found.stream().map(w -> w.subjectId).collect(Collectors.toSet()))
                        .flatMap(people -> cases.byIds(found.stream().map(w -> w.caseId).collect(Collectors.toSet()))
                                .map(theirCases -> {
                                    Map<UUID, Subject> personById = people.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                                    Map<UUID, JointCase> caseById = theirCases.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                                    List<Found> all = new ArrayList<>();
                                    for (Warrant w : found) {
                                        Found f = judge(search, w, personById.get(w.subjectId), caseById.get(w.caseId), matched.get(w.id));
                                        if (f != null) {
                                            all.add(f);
                                        }
                                    }
                                    all.sort(Comparator.comparing((Found f) -> !f.match.equals(HIT)).thenComparing(f -> f.warrant.issuedOn,
                                            Comparator.reverseOrder()));
                                    return all.size() > MAX_ENTRIES ? all.subList(0, MAX_ENTRIES) : all;
                                }));
            });
        }).flatMap(all -> entries(caller, all).call(entries -> audited(caller, all)).map(entries -> new WantedSearchResult(
                entries.isEmpty() ? NO_HIT : entries.stream().anyMatch(e -> e.match().equals(HIT)) ? HIT : POSSIBLE, entries)));
    }

    /** A warrant the search found, judged: how strong the match is and why (in the searcher's words and in the record's). */
    private record Found(Warrant warrant, Subject person, JointCase jointCase, String match, List<String> outsideReasons,
                         List<String> insideReasons) {
    }

    /**
     * A document number is a hit by itself; a name needs a second agreeing attribute (birth date or
     * year, nationality) and is only possible alone. A birth date that disagrees rules the person out.
     */
    private static Found judge(Search search, Warrant w, Subject person, JointCase c, Set<KeyKind> keys) {
        if (person == null || c == null) {
            return null;
        }
        List<String> outside = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        boolean strong = false;
        if (keys.contains(KeyKind.DOCUMENT)) {
            strong = true;
            outside.add("the document number you gave");
            inside.add("same document number " + Names.numberKey(search.documentNumber()));
        }
        boolean supported = false;
        if (keys.contains(KeyKind.NAME)) {
            outside.add("the full name you gave");
            inside.add("name matches " + person.fullName + " (case, accents and word order ignored)");
            if (person.dateOfBirth != null && (search.dateOfBirth() != null || search.birthYear() != null)) {
                boolean agrees = search.dateOfBirth() != null ? search.dateOfBirth().equals(person.dateOfBirth)
                        : search.birthYear() == person.dateOfBirth.getYear();
                if (!agrees && !strong) {
                    return null;
                }
                if (agrees) {
                    supported = true;
                    String what = search.dateOfBirth() != null ? "date of birth" : "year of birth";
                    outside.add("the " + what + " you gave");
                    inside.add("same " + what + " " + (search.dateOfBirth() != null ? person.dateOfBirth : person.dateOfBirth.getYear()));
                }
            }
            if (search.nationality() != null && search.nationality().equals(person.nationality)) {
                supported = true;
                outside.add("the nationality you gave");
                inside.add("same nationality " + person.nationality);
            }
        }
        return new Found(w, person, c, strong || supported ? HIT : POSSIBLE, outside, inside);
    }

    private Uni<List<WantedEntry>> entries(Caller caller, List<Found> all) {
        List<UUID> insideIds = all.stream().filter(f -> f.jointCase.participants.contains(caller.agency())).map(f -> f.warrant.id).toList();
        return requests.ofWarrants(insideIds).map(made -> {
            var byWarrant = made.stream().collect(Collectors.groupingBy(r -> r.warrantId));
            return all.stream().map(f -> {
                Warrant w = f.warrant;
                String howToAsk = "Ask " + f.jointCase.leadAgency + " through your liaison channel, quoting wanted entry " + w.id
                        + (w.contact == null ? "" : "; contact: " + w.contact);
                if (!f.jointCase.participants.contains(caller.agency())) {
                    return new WantedEntry(w.id, f.match, f.outsideReasons, w.issuingCountry, f.jointCase.leadAgency, howToAsk, null, null);
                }
                Subject s = f.person;
                return new WantedEntry(w.id, f.match, f.insideReasons, w.issuingCountry, f.jointCase.leadAgency, howToAsk,
                        new WantedPerson(s.id, f.jointCase.id, f.jointCase.reference, s.fullName, List.copyOf(s.aliases), s.nationality,
                                s.dateOfBirth, s.status),
                        warrantViews.view(w, byWarrant.getOrDefault(w.id, List.of())));
            }).toList();
        });
    }

    /**
     * Every search leaves a trace in the searcher's chain; each entry found is a read filed with the
     * agency that leads its case, so that it knows who found its wanted person (a hit or a read).
     */
    private Uni<Void> audited(Caller caller, List<Found> all) {
        List<Touched> touched = new ArrayList<>();
        touched.add(new Touched("wanted-search", caller.agency(), caller.agency()));
        all.stream().filter(f -> f.jointCase.participants.contains(caller.agency()))
                .forEach(f -> touched.add(new Touched(WarrantService.WARRANT, f.warrant.id.toString(), f.jointCase.leadAgency)));
        List<Touched> hits = all.stream().filter(f -> !f.jointCase.participants.contains(caller.agency()))
                .map(f -> new Touched("wanted-hit", f.warrant.id.toString(), f.jointCase.leadAgency)).toList();
        return audit.readAll(caller, touched).call(() -> hits.isEmpty() ? Uni.createFrom().voidItem() : audit.readAll(caller, "hit", hits));
    }

    /**
     * Any agency records where it saw a wanted person; the case's agencies learn of it on the case
     * timeline. An agency outside the case reaches the entry only by its id (from a hit) and sees only
     * the sightings it recorded itself.
     */
    @WithTransaction
    @IdempotentCreate(SIGHTING)
    public Uni<SightingView> sighted(Caller caller, UUID wantedId, SightingCreate request) {
        Places.requireProvinceInCountry(request.province(), request.country());
        return wanted(caller, wantedId).flatMap(found -> {
            if (found.warrant.status != WarrantStatus.ACTIVE) {
                if (!found.inside) {
                    throw Visibility.missing("wanted person", wantedId);
                }
                throw ProblemException.conflict("warrant " + found.warrant.reference + " is " + found.warrant.status
                        + ": the person is no longer wanted under it");
            }
            Sighting s = mapper.toEntity(request);
            s.created(caller);
            s.caseId = found.jointCase.id;
            s.warrantId = found.warrant.id;
            s.recordingAgency = caller.agency();
            String where = s.country + (s.province == null ? "" : " (" + s.province + ")") + (s.place == null ? "" : ", " + s.place);
            String summary = "wanted person seen in " + where + " at " + s.seenAt + " by " + s.recordingAgency + ", graded "
                    + s.sourceReliability + s.informationCredibility;
            // the agencies of the country that wants the person hear of it on their hotline feed too
            List<String> told = found.jointCase.agenciesOf(found.warrant.issuingCountry).stream()
                    .filter(agency -> !agency.equals(caller.agency())).toList();
            Uni<Void> alerts = Uni.createFrom().voidItem();
            for (String agency : told) {
                alerts = alerts.call(() -> hotline.alert(agency, HotlineAlert.WANTED_PERSON_SIGHTED, found.jointCase.id, SIGHTING, s.id,
                        "Wanted person sighted (warrant " + found.warrant.reference + ", case " + found.jointCase.reference + ")",
                        summary, s.createdAt));
            }
            Uni<Void> toldAll = alerts;
            return sightings.persist(s)
                    .call(saved -> access.changed(caller, found.jointCase, "SIGHTING_RECORDED", summary, SIGHTING, s.id))
                    .call(saved -> toldAll);
        }).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<SightingView>> sightings(Caller caller, UUID wantedId, int page, int size) {
        return wanted(caller, wantedId).flatMap(found -> {
            String only = found.inside ? null : caller.agency();
            return sightings.page(wantedId, only, page, size)
                    .flatMap(items -> sightings.count(wantedId, only).map(total -> new Page<>(items, page, size, total)))
                    .call(items -> {
                        // the list itself leaves a trace, so that reading an empty one does too
                        List<Touched> touched = new ArrayList<>();
                        touched.add(new Touched(SIGHTING + "-list", wantedId.toString(), found.jointCase.leadAgency));
                        items.items().forEach(s -> touched.add(new Touched(SIGHTING, s.id.toString(), found.jointCase.leadAgency)));
                        return audit.readAll(caller, touched);
                    });
        }).map(items -> items.map(mapper::toView));
    }

    @WithSession
    public Uni<SightingView> sighting(Caller caller, UUID wantedId, UUID id) {
        return wanted(caller, wantedId).flatMap(found -> sightings.findOne(wantedId, id, found.inside ? null : caller.agency())
                        .onItem().ifNull().failWith(() -> Visibility.missing(SIGHTING, id))
                        .call(s -> audit.read(caller, SIGHTING, s.id, found.jointCase.leadAgency)))
                .map(mapper::toView);
    }

    /** A retried sighting is a read of the sighting the first request recorded, by the agency that recorded it. */
    Uni<Void> replayed(Caller caller, UUID wantedId, String sightingId) {
        return wanted(caller, wantedId).flatMap(found -> audit.readAll(caller, "replay",
                List.of(new Touched(SIGHTING, sightingId, found.jointCase.leadAgency))));
    }

    private record Wanted(Warrant warrant, JointCase jointCase, boolean inside) {
    }

    /** The wanted entry and its case: 404 when no warrant has that id. */
    private Uni<Wanted> wanted(Caller caller, UUID wantedId) {
        return warrants.findById(wantedId).onItem().ifNull().failWith(() -> Visibility.missing("wanted person", wantedId))
                .flatMap(w -> cases.findById(w.caseId).map(c -> new Wanted(w, c, c.participants.contains(caller.agency()))));
    }
}
