package org.mekong.jtf.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.IdentityDocument;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.OutboxEntry;
import org.mekong.jtf.cases.domain.SeizedAsset;
import org.mekong.jtf.cases.domain.Seizure;
import org.mekong.jtf.cases.domain.Subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the correlation index in the intel service learns from the case service: each subject, seized
 * asset and seizure with what it names (names with year of birth and nationality, phones, documents; plates, VINs, vessel
 * registrations, accounts; tablet logos and packaging marks), and each case's participants, who alone may see them.
 * Written to the outbox in the transaction of the change and delivered by OutboxRelay, at least once
 * and in order per record (each carries its version: the index ignores one older than it holds).
 */
@ApplicationScoped
public class CorrelationFeed {

    private final OutboxWriter outbox;

    public CorrelationFeed(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> subject(JointCase c, Subject s) {
        List<Map<String, Object>> entities = new ArrayList<>();
        // the person by each of their names, with what a name needs to be a hit: year of birth, nationality
        Integer born = s.dateOfBirth == null ? null : s.dateOfBirth.getYear();
        entities.add(person(s.fullName, s.nationality, born));
        s.aliases.forEach(alias -> entities.add(person(alias, s.nationality, born)));
        // a phone is read as a number of the person's country, or of the lead agency's
        s.phones.forEach(phone -> entities.add(entity("PHONE", phone, phoneRegion(c, s))));
        for (IdentityDocument d : s.identityDocuments) {
            entities.add(entity("IDENTITY_DOCUMENT", d.number, d.issuingCountry));
        }
        return record(c, "subject", s.id, "subject " + s.fullName, s.version, entities);
    }

    public Uni<Void> asset(JointCase c, SeizedAsset a) {
        List<Map<String, Object>> entities = new ArrayList<>();
        if (a.plate != null) {
            entities.add(entity("VEHICLE_PLATE", a.plate, a.plateCountry != null ? a.plateCountry : a.country));
        }
        if (a.vin != null) {
            entities.add(entity("VIN", a.vin, null));
        }
        if (a.vesselRegistration != null) {
            entities.add(entity("VESSEL_REGISTRATION", a.vesselRegistration, null));
        }
        if (a.accountNumber != null) {
            entities.add(entity("BANK_ACCOUNT", a.accountNumber, null));
        }
        return entities.isEmpty() ? Uni.createFrom().voidItem()
                : record(c, "asset", a.id, a.count + " × " + a.type + (a.description == null ? "" : ": " + a.description), a.version, entities);
    }

    /** A seizure's drug signature: the tablets' logo and the packaging's marks. */
    public Uni<Void> seizure(JointCase c, Seizure s) {
        List<Map<String, Object>> entities = new ArrayList<>();
        if (s.tabletLogo != null && !s.tabletLogo.isBlank()) {
            entities.add(entity("TABLET_LOGO", s.tabletLogo, null));
        }
        if (s.packagingMarks != null && !s.packagingMarks.isBlank()) {
            entities.add(entity("PACKAGING_MARK", s.packagingMarks, null));
        }
        return entities.isEmpty() ? Uni.createFrom().voidItem()
                : record(c, "seizure", s.id, s.quantity.toPlainString() + " " + s.unit + " " + s.substance, s.version, entities);
    }

    /** The case's participants changed (its version orders the changes). */
    public Uni<Void> participants(JointCase c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participants", c.participants.stream().sorted().toList());
        body.put("seq", c.version);
        return write(OutboxEntry.CASE_PARTICIPANTS, c.id.toString(), c.leadAgency, body);
    }

    private Uni<Void> record(JointCase c, String type, UUID id, String label, long version, List<Map<String, Object>> entities) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", c.id);
        body.put("caseReference", c.reference);
        body.put("label", label.length() > 300 ? label.substring(0, 300) : label);
        body.put("seq", version);
        body.put("participants", c.participants.stream().sorted().toList());
        body.put("caseSeq", c.version);
        body.put("entities", entities);
        return write(OutboxEntry.CASE_RECORD, type + "/" + id, c.leadAgency, body);
    }

    private Uni<Void> write(String destination, String resource, String agency, Map<String, Object> body) {
        return outbox.write(destination, resource, agency, id -> body);
    }

    /** The region a subject's phone written without a country code belongs to. */
    static String phoneRegion(JointCase c, Subject s) {
        return s.nationality != null ? s.nationality : c.leadAgency.substring(0, 2);
    }

    private static Map<String, Object> person(String name, String nationality, Integer birthYear) {
        Map<String, Object> e = entity("PERSON", name, nationality);
        if (birthYear != null) {
            e.put("birthYear", birthYear);
        }
        return e;
    }

    private static Map<String, Object> entity(String type, String value, String country) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("value", value);
        if (country != null) {
            e.put("country", country);
        }
        return e;
    }
}
