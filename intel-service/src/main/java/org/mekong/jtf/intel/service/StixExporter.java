package org.mekong.jtf.intel.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.Grading;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.Tlp;
import org.mekong.jtf.intel.domain.Waypoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reports as a STIX 2.1 bundle that OpenCTI and MISP import. Objects chosen:
 * <ul>
 *   <li>{@code report} per report (type threat-report; name, description, published, labels for the
 *   substances and "early-warning"), {@code revoked} when withdrawn;</li>
 *   <li>{@code identity} of the originating agency (organization, government-national) as
 *   {@code created_by_ref}, and of this suite as the author of the extension;</li>
 *   <li>{@code location} per route waypoint (country, place), and the early warning's first sighting;</li>
 *   <li>the OASIS TLP 2.0 {@code marking-definition} (their published ids) as {@code object_marking_refs};</li>
 *   <li>{@code confidence} from the information credibility (the specification's Admiralty mapping), and
 *   a property {@code extension-definition} carrying what STIX has no field for: the Admiralty code,
 *   the grading as given, the handling code and its conditions, case references, route order and
 *   crossing kinds, the early-warning details.</li>
 * </ul>
 * No indicator or observed-data yet: a report carries no typed entities (phones, plates, tablet logos)
 * until the correlation work adds them, and STIX patterns have no object for most of them.
 */
@ApplicationScoped
public class StixExporter {

    public static final String MEDIA_TYPE = "application/stix+json;version=2.1";

    /** Namespace of this suite's deterministic (UUIDv5) STIX ids. */
    private static final UUID NAMESPACE = UUID.fromString("5b1f6c1a-5e47-4f3e-9d0b-6d656b6f6e67");
    static final String EXTENSION_ID = "extension-definition--" + uuid5("extension:grading-handling:v1");
    private static final String SUITE_IDENTITY = "identity--" + uuid5("system:mekong-jtf");
    /** Stable objects (identities, the extension) are dated once, so every export names them alike. */
    private static final String STABLE_CREATED = "2026-01-01T00:00:00.000Z";
    private static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private static final Map<Tlp, String> TLP2_MARKINGS = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public Map<String, Object> bundle(List<IntelReport> reports) {
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        Set<Tlp> markings = EnumSet.noneOf(Tlp.class);
        if (!reports.isEmpty()) {
            put(objects, suiteIdentity());
            put(objects, extensionDefinition());
        }
        for (IntelReport r : reports) {
            Map<String, Object> originator = agencyIdentity(r.originatorAgency);
            put(objects, originator);
            markings.add(r.tlp);
            List<String> refs = new ArrayList<>();
            refs.add((String) originator.get("id"));
            for (int i = 0; i < r.route.size(); i++) {
                Waypoint w = r.route.get(i);
                Map<String, Object> location = location(r, "route:" + i, w.country, w.place);
                put(objects, location);
                refs.add((String) location.get("id"));
            }
            if (r.kind == ReportKind.EARLY_WARNING && r.ewFirstSeenCountry != null) {
                Map<String, Object> seen = location(r, "first-seen", r.ewFirstSeenCountry, r.ewFirstSeenPlace);
                if (r.ewFirstSeenProvince != null) {
                    seen.put("administrative_area", r.ewFirstSeenProvince);
                }
                put(objects, seen);
                refs.add((String) seen.get("id"));
            }
            put(objects, report(r, (String) originator.get("id"), refs));
        }
        for (Tlp tlp : markings) {
            put(objects, marking(tlp));
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.put("objects", new ArrayList<>(objects.values()));
        return bundle;
    }

    private static void put(Map<String, Map<String, Object>> objects, Map<String, Object> object) {
        objects.putIfAbsent((String) object.get("id"), object);
    }

    private Map<String, Object> report(IntelReport r, String createdBy, List<String> refs) {
        Map<String, Object> o = sdo("report", "report--" + r.id, time(r.createdAt), time(r.updatedAt));
        o.put("created_by_ref", createdBy);
        o.put("name", r.title);
        o.put("description", r.body);
        o.put("report_types", List.of("threat-report"));
        o.put("published", time(r.publishedAt != null ? r.publishedAt : r.createdAt));
        o.put("object_refs", refs);
        Set<String> labels = new LinkedHashSet<>();
        if (r.kind == ReportKind.EARLY_WARNING) {
            labels.add("early-warning");
        }
        r.substances.stream().sorted().forEach(s -> labels.add(s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (!labels.isEmpty()) {
            o.put("labels", new ArrayList<>(labels));
        }
        Grading g = r.grading();
        if (g.stixConfidence() != null) {
            o.put("confidence", g.stixConfidence());
        }
        if (r.status == ReportStatus.WITHDRAWN) {
            o.put("revoked", true);
        }
        o.put("external_references", List.of(Map.of("source_name", "mekong-jtf", "external_id", r.reference)));
        o.put("object_marking_refs", List.of(TLP2_MARKINGS.get(r.tlp)));
        o.put("extensions", Map.of(EXTENSION_ID, gradingAndHandling(r, g)));
        return o;
    }

    private static Map<String, Object> gradingAndHandling(IntelReport r, Grading g) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("extension_type", "property-extension");
        e.put("source_reliability", String.valueOf(g.sourceReliability()));
        e.put("information_credibility", g.informationCredibility());
        e.put("admiralty_code", g.code());
        if (g.gradedAs() != null) {
            e.put("graded_as", g.gradedAs());
        }
        e.put("handling_code", r.handling.name());
        if (r.handlingConditions != null) {
            e.put("handling_conditions", r.handlingConditions);
        }
        e.put("tlp", r.tlp.label());
        e.put("originator_agency", r.originatorAgency);
        if (!r.caseReferences.isEmpty()) {
            e.put("case_references", r.caseReferences);
        }
        if (r.smugglingMethod != null) {
            e.put("smuggling_method", r.smugglingMethod);
        }
        if (!r.route.isEmpty()) {
            e.put("route", r.route.stream().map(w -> {
                Map<String, Object> stop = new LinkedHashMap<>();
                stop.put("country", w.country);
                if (w.place != null) {
                    stop.put("place", w.place);
                }
                if (w.crossing != null) {
                    stop.put("crossing", w.crossing.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
                return stop;
            }).toList());
        }
        if (r.validUntil != null) {
            e.put("valid_until", r.validUntil.toString());
        }
        if (r.kind == ReportKind.EARLY_WARNING) {
            Map<String, Object> ew = new LinkedHashMap<>();
            ew.put("substance_name", r.ewSubstanceName);
            putIfSet(ew, "tablet_logo", r.ewTabletLogo);
            putIfSet(ew, "colour", r.ewColour);
            putIfSet(ew, "packaging_mark", r.ewPackagingMark);
            putIfSet(ew, "first_seen", r.ewFirstSeenAt == null ? null : time(r.ewFirstSeenAt));
            putIfSet(ew, "seizure_reference", r.ewSeizureReference);
            if (!r.photos.isEmpty()) {
                ew.put("photos", r.photos.stream().map(p -> {
                    Map<String, Object> photo = new LinkedHashMap<>();
                    photo.put("file_name", p.fileName);
                    photo.put("media_type", p.mediaType);
                    photo.put("sha256", p.sha256);
                    photo.put("size_bytes", p.sizeBytes);
                    return photo;
                }).toList());
            }
            e.put("early_warning", ew);
        }
        return e;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, Object> agencyIdentity(String agency) {
        Map<String, Object> o = sdo("identity", "identity--" + uuid5("agency:" + agency), STABLE_CREATED, STABLE_CREATED);
        o.put("name", agency);
        o.put("description", "Drug-enforcement agency " + agency + " (" + agency.substring(0, 2) + ")");
        o.put("identity_class", "organization");
        o.put("sectors", List.of("government-national"));
        return o;
    }

    private static Map<String, Object> suiteIdentity() {
        Map<String, Object> o = sdo("identity", SUITE_IDENTITY, STABLE_CREATED, STABLE_CREATED);
        o.put("name", "Mekong joint task-force suite");
        o.put("identity_class", "system");
        return o;
    }

    private static Map<String, Object> extensionDefinition() {
        Map<String, Object> o = sdo("extension-definition", EXTENSION_ID, STABLE_CREATED, STABLE_CREATED);
        o.put("created_by_ref", SUITE_IDENTITY);
        o.put("name", "Mekong JTF grading and handling");
        o.put("description", "Admiralty source reliability (A-F) and information credibility (1-6), the grading as given on another"
                + " scale, handling code H0-H3 and its conditions, case references, the ordered trafficking route and early-warning details.");
        o.put("schema", "https://mekong-jtf.example/stix/extensions/grading-handling/v1");
        o.put("version", "1.0");
        o.put("extension_types", List.of("property-extension"));
        return o;
    }

    private static Map<String, Object> location(IntelReport r, String part, String country, String place) {
        Map<String, Object> o = sdo("location", "location--" + uuid5("report:" + r.id + ":" + part), time(r.createdAt), time(r.updatedAt));
        o.put("name", place == null ? country : place + ", " + country);
        o.put("country", country);
        return o;
    }

    /** The OASIS TLP 2.0 marking definition, as published (fixed id and date). */
    private static Map<String, Object> marking(Tlp tlp) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "marking-definition");
        o.put("spec_version", "2.1");
        o.put("id", TLP2_MARKINGS.get(tlp));
        o.put("created", "2022-10-01T00:00:00.000Z");
        o.put("name", "TLP:" + tlp.label());
        o.put("extensions", Map.of(TLP2_EXTENSION, Map.of("extension_type", "property-extension",
                "tlp_2_0", tlp.label().toLowerCase(Locale.ROOT))));
        return o;
    }

    private static Map<String, Object> sdo(String type, String id, String created, String modified) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created", created);
        o.put("modified", modified);
        return o;
    }

    static String time(Instant instant) {
        return STIX_TIME.format(instant);
    }

    /** RFC 4122 name-based UUID, version 5 (SHA-1), in this suite's namespace: the same name, the same id. */
    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (msb >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (lsb >>> (56 - 8 * i));
        }
        return bytes;
    }
}
