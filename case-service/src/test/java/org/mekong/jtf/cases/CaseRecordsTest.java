package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

/** The parts of a case: persons, arrests, seizures, assets, extraditions. */
@QuarkusTest
class CaseRecordsTest {

    @Test
    void subjectNamesAreStoredInNfc() {
        String caseId = openCase(VN_INVESTIGATOR, "Names case");
        String decomposed = Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFD);
        String composed = Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFC);
        String id = as(VN_INVESTIGATOR).body(Map.of("fullName", decomposed, "aliases", List.of("Hùng Lào", "สมชาย"),
                        "nationality", "VN", "dateOfBirth", "1980-02-03", "role", "ORGANISER", "status", "WANTED",
                        "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", "C1234567", "issuingCountry", "VN"))))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201)
                .header("ETag", is("\"0\""))
                .body("fullName", is(composed))
                .body("aliases", contains("Hùng Lào", "สมชาย"))
                .body("identityDocuments[0].number", is("C1234567"))
                .extract().path("id");
        as(VN_ANALYST).get("/api/cases/" + caseId + "/subjects/" + id).then().statusCode(200)
                .body("fullName", is(composed)).body("role", is("ORGANISER"));

        as(VN_INVESTIGATOR).body(Map.of("status", "AT_LARGE")).patch("/api/cases/" + caseId + "/subjects/" + id)
                .then().statusCode(428);
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("status", "AT_LARGE", "aliases", List.of("Anh Hai")))
                .patch("/api/cases/" + caseId + "/subjects/" + id).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("status", is("AT_LARGE")).body("aliases", contains("Anh Hai"))
                .body("identityDocuments", hasSize(1));
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("status", "WANTED"))
                .patch("/api/cases/" + caseId + "/subjects/" + id).then().statusCode(412);
        as(TH_INVESTIGATOR).get("/api/cases/" + caseId + "/subjects/" + id).then().statusCode(404);
        as(TH_INVESTIGATOR).get("/api/cases/" + caseId + "/subjects").then().statusCode(404);
    }

    @Test
    void arrestMarksForeignersAndArrestsTheSubject() {
        String caseId = openCase(VN_INVESTIGATOR, "Arrest case", "LA-MPS");
        String laoCourier = addSubject(VN_INVESTIGATOR, caseId, "Souksavanh P.", "LA");
        String vnCourier = addSubject(VN_INVESTIGATOR, caseId, "Tran Thi B", "VN");
        as(VN_INVESTIGATOR).body(Map.of("subjectId", laoCourier, "country", "VN", "province", "VN-NA",
                        "place", "Nam Can border gate", "arrestedAt", "2025-03-14T22:10:00Z"))
                .post("/api/cases/" + caseId + "/arrests").then().statusCode(201)
                .body("foreigner", is(true)).body("arrestingAgency", is("VN-C04")).body("province", is("VN-NA"));
        as(LA_INVESTIGATOR).body(Map.of("subjectId", vnCourier, "arrestingAgency", "LA-MPS", "country", "LA",
                        "arrestedAt", "2025-03-15T01:00:00Z"))
                .post("/api/cases/" + caseId + "/arrests").then().statusCode(201).body("foreigner", is(true));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/arrests").then().statusCode(200).body("items", hasSize(2));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/subjects/" + laoCourier).then().body("status", is("ARRESTED"));
        // an arresting agency must take part in the case; the subject must belong to it
        as(VN_INVESTIGATOR).body(Map.of("subjectId", laoCourier, "arrestingAgency", "TH-ONCB", "country", "TH",
                "arrestedAt", "2025-03-15T01:00:00Z")).post("/api/cases/" + caseId + "/arrests").then().statusCode(400)
                .body("violations[0].field", is("arrestingAgency"));
        as(VN_INVESTIGATOR).body(Map.of("subjectId", "00000000-0000-0000-0000-000000000001", "country", "VN",
                "arrestedAt", "2025-03-15T01:00:00Z")).post("/api/cases/" + caseId + "/arrests").then().statusCode(400)
                .body("violations[0].field", is("subjectId"));
    }

    @Test
    void seizuresCarryTheirKgEquivalent() {
        String caseId = openCase(VN_INVESTIGATOR, "Seizure case", "TH-ONCB");
        String id = as(VN_INVESTIGATOR).body(Map.of("substance", "METHAMPHETAMINE_TABLETS", "quantity", 2_000_000, "unit", "TABLETS",
                        "seizingAgencies", List.of("VN-C04", "TH-ONCB"), "country", "VN", "province", "VN-DB",
                        "seizedAt", "2025-04-02T10:00:00Z", "tabletLogo", "WY", "packagingMarks", "green tea bags",
                        "purityPercent", 18.5))
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201)
                .body("kgEquivalent", is(200.0f))
                .body("seizingAgencies", contains("TH-ONCB", "VN-C04"))
                .body("tabletLogo", is("WY"))
                .extract().path("id");
        as(TH_INVESTIGATOR).get("/api/cases/" + caseId + "/seizures/" + id).then().statusCode(200).body("unit", is("TABLETS"));
        as(VN_INVESTIGATOR).body(Map.of("substance", "PRECURSOR_OTHER", "quantity", 3, "unit", "LITRES",
                "country", "VN", "seizedAt", "2025-04-02T10:00:00Z")).post("/api/cases/" + caseId + "/seizures")
                .then().statusCode(400).body("violations[0].field", is("substanceName"));
        as(VN_INVESTIGATOR).body(Map.of("substance", "PRECURSOR_OTHER", "substanceName", "propionyl chloride", "quantity", 3,
                        "unit", "LITRES", "country", "VN", "seizedAt", "2025-04-02T10:00:00Z"))
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201).body("kgEquivalent", is(3.0f));
        as(VN_INVESTIGATOR).body(Map.of("substance", "CANNABIS", "quantity", 1200, "unit", "PLANTS",
                        "country", "VN", "seizedAt", "2025-04-02T10:00:00Z"))
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201).body("kgEquivalent", nullValue());
        as(VN_ANALYST).get("/api/cases/" + caseId + "/seizures").then().statusCode(200).body("items", hasSize(3));
        as(LA_INVESTIGATOR).get("/api/cases/" + caseId + "/seizures/" + id).then().statusCode(404);
    }

    @Test
    void assetsNeedACurrencyForTheirValue() {
        String caseId = openCase(VN_INVESTIGATOR, "Asset case");
        as(VN_INVESTIGATOR).body(Map.of("type", "CASH", "count", 1, "country", "VN", "seizedAt", "2025-04-02T10:00:00Z"))
                .post("/api/cases/" + caseId + "/assets").then().statusCode(400).body("violations[0].field", is("estimatedValue"));
        as(VN_INVESTIGATOR).body(Map.of("type", "CASH", "count", 1, "estimatedValue", 1_500_000_000, "currency", "VNX",
                "country", "VN", "seizedAt", "2025-04-02T10:00:00Z")).post("/api/cases/" + caseId + "/assets")
                .then().statusCode(400).body("violations[0].field", is("currency"));
        as(VN_INVESTIGATOR).body(Map.of("type", "CASH", "count", 1, "estimatedValue", 1_500_000_000, "currency", "VND",
                        "country", "VN", "seizedAt", "2025-04-02T10:00:00Z")).post("/api/cases/" + caseId + "/assets")
                .then().statusCode(201).body("currency", is("VND"));
        as(VN_INVESTIGATOR).body(Map.of("type", "CAR", "count", 2, "description", "Toyota Vios, Lao plates",
                        "country", "VN", "seizedAt", "2025-04-02T10:00:00Z")).post("/api/cases/" + caseId + "/assets")
                .then().statusCode(201).body("count", is(2)).body("seizingAgency", is("VN-C04"));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/assets").then().statusCode(200).body("items.type", containsInAnyOrder("CASH", "CAR"));
    }

    @Test
    void extraditionFollowsItsProcedure() {
        String caseId = openCase(VN_INVESTIGATOR, "Extradition case", "LA-MPS");
        String fugitive = addSubject(VN_INVESTIGATOR, caseId, "Fugitive F", "VN");
        String base = "/api/cases/" + caseId + "/extraditions";
        as(VN_INVESTIGATOR).body(Map.of("subjectId", fugitive, "requestingCountry", "VN", "requestedCountry", "LA",
                "legalBasis", "BILATERAL_AGREEMENT", "agreement", "VN-LA treaty 2010", "requestedOn", "2025-05-01"))
                .post(base).then().statusCode(403);
        as(VN_LIAISON).body(Map.of("subjectId", fugitive, "requestingCountry", "VN", "requestedCountry", "LA",
                "legalBasis", "BILATERAL_AGREEMENT", "requestedOn", "2025-05-01")).post(base).then().statusCode(400)
                .body("violations[0].field", is("agreement"));
        String id = as(VN_LIAISON).body(Map.of("subjectId", fugitive, "requestingCountry", "VN", "requestedCountry", "LA",
                        "legalBasis", "BILATERAL_AGREEMENT", "agreement", "VN-LA treaty 2010", "requestedOn", "2025-05-01"))
                .post(base).then().statusCode(201).body("status", is("REQUESTED")).extract().path("id");
        String etag = as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "PROVISIONAL_ARREST", "on", "2025-05-03"))
                .post(base + "/" + id + "/transitions").then().statusCode(200)
                .body("provisionalArrestOn", is("2025-05-03")).extract().header("ETag");
        as(VN_LIAISON).header("If-Match", etag).body(Map.of("status", "SURRENDERED", "on", "2025-05-04"))
                .post(base + "/" + id + "/transitions").then().statusCode(409);
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "APPROVED", "on", "2025-06-01"))
                .post(base + "/" + id + "/transitions").then().statusCode(412);
        etag = as(VN_LIAISON).header("If-Match", etag).body(Map.of("status", "APPROVED", "on", "2025-06-01"))
                .post(base + "/" + id + "/transitions").then().statusCode(200).body("decidedOn", is("2025-06-01"))
                .extract().header("ETag");
        as(VN_LIAISON).header("If-Match", etag).body(Map.of("status", "SURRENDERED", "on", "2025-06-20", "handoverPlace", "Lao Bao border gate"))
                .post(base + "/" + id + "/transitions").then().statusCode(200).body("status", is("SURRENDERED"))
                .body("surrenderedOn", is("2025-06-20"));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/subjects/" + fugitive).then().body("status", is("EXTRADITED"));
        as(LA_INVESTIGATOR).get(base).then().statusCode(200).body("items", hasSize(1));
        as(TH_INVESTIGATOR).get(base + "/" + id).then().statusCode(404);
    }

    @Test
    void everyChangeIsOnTheTimeline() {
        String caseId = openCase(VN_INVESTIGATOR, "Timeline case");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Timeline Person", "KH");
        as(VN_INVESTIGATOR).body(Map.of("subjectId", subject, "country", "VN", "arrestedAt", "2025-01-01T00:00:00Z"))
                .post("/api/cases/" + caseId + "/arrests").then().statusCode(201);
        as(VN_ANALYST).get("/api/cases/" + caseId + "/timeline").then().statusCode(200)
                .body("items.type", contains("CASE_OPENED", "SUBJECT_ADDED", "ARREST_RECORDED", "SUBJECT_STATUS_CHANGED"))
                .body("items[1].officerId", is("vn-inv-1"))
                .body("items[2].summary", containsString("Timeline Person"));
    }
}
