package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.audit.AuditHash;
import org.mekong.jtf.common.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * Signed checkpoints catch what a hash chain stored in its own database cannot: a database
 * administrator who rewrites or cuts a whole tail consistently. Each test uses an agency of its own,
 * since it damages that agency's chain on purpose.
 */
@QuarkusTest
class AuditCheckpointTest {

    @Test
    void theCheckpointIsASignedNoteThatVerifiesWithThePublishedKeyAlone() throws Exception {
        openCase(VN_INVESTIGATOR, "Checkpoint case");
        Db.awaitSequenced();
        JsonPath checkpoint = as(VN_AUDITOR).get("/api/audit/cases/checkpoint").then().statusCode(200).extract().jsonPath();
        JsonPath key = given().get("/api/audit/cases/public-key").then().statusCode(200).extract().jsonPath();
        String note = checkpoint.getString("note");
        String[] parts = note.split("\n\n", 2);
        String body = parts[0] + "\n";
        String[] lines = body.split("\n");
        assertEquals("mekong-jtf/case-service/audit/VN-C04", lines[0]);
        long size = Long.parseLong(lines[1]);
        assertEquals(Db.count("select max(seq) from audit_log where owner_agency = 'VN-C04'"), size);
        String dbHead = headAt("VN-C04", size);
        assertEquals(dbHead, HexFormat.of().formatHex(Base64.getDecoder().decode(lines[2])));

        // verified here with the JDK only, from the published signed-note verifier key
        String[] verifier = key.getString("verifierKey").split("\\+", 3);
        assertEquals(key.getString("keyName"), verifier[0]);
        byte[] typedKey = Base64.getDecoder().decode(verifier[2]);
        assertEquals(1, typedKey[0], "Ed25519 key type");
        byte[] raw = Arrays.copyOfRange(typedKey, 1, typedKey.length);
        String signatureLine = parts[1].strip();
        assertTrue(signatureLine.startsWith("\u2014 " + verifier[0] + " "), signatureLine);
        byte[] blob = Base64.getDecoder().decode(signatureLine.substring(signatureLine.lastIndexOf(' ') + 1));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((verifier[0] + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 1);
        sha.update(raw);
        assertArrayEquals(Arrays.copyOf(sha.digest(), 4), Arrays.copyOf(blob, 4));
        assertEquals(verifier[1], HexFormat.of().formatHex(Arrays.copyOf(blob, 4)));
        var publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                concat(HexFormat.of().parseHex("302a300506032b6570032100"), raw)));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(publicKey);
        ed.update(body.getBytes(StandardCharsets.UTF_8));
        assertTrue(ed.verify(Arrays.copyOfRange(blob, 4, blob.length)), "signature verifies");
        // and the service accepts it back
        as(VN_AUDITOR).body(Map.of("checkpoint", note)).post("/api/audit/cases/verify").then().statusCode(200)
                .body("valid", is(true)).body("checkpoint.extended", is(true)).body("checkpoint.size", is((int) size));
    }

    @Test
    void aConsistentlyRewrittenTailPassesAloneButNotAgainstAKeptCheckpoint() throws Exception {
        String investigator = Tokens.officer("kh-inv-1", "KH-NACD", "KH", "investigator");
        String auditor = Tokens.officer("kh-aud-1", "KH-NACD", "KH", "auditor");
        long before = sizeOf("KH-NACD");
        String caseId = openCase(investigator, "Rewritten tail case");
        for (int i = 0; i < 3; i++) {
            Db.awaitSequenced();
            as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        }
        Db.awaitSequenced();
        String kept = as(auditor).get("/api/audit/cases/checkpoint").then().statusCode(200).body("size", is((int) before + 4))
                .extract().path("note");
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        Db.awaitSequenced();

        // the DBA edits entry 2 and recomputes every hash after it, trigger disabled, so the chain links again
        rewriteFrom("KH-NACD", before + 2, "officer_id = 'kh-someone-else'");
        Db.verified(auditor).body("valid", is(true)).body("entriesChecked", is((int) before + 6));
        long edited = Db.count("select id from audit_log where owner_agency = 'KH-NACD' and seq = " + (before + 2));
        as(auditor).body(Map.of("checkpoint", kept)).post("/api/audit/cases/verify").then().statusCode(200)
                .body("valid", is(false)).body("checkpoint.extended", is(false)).body("checkpoint.size", is((int) before + 4))
                .body("firstBrokenSeq", is((int) before + 2)).body("firstBrokenEntryId", is((int) edited))
                .body("reason", containsString("no longer extends"));
    }

    @Test
    void deletedNewestEntriesPassAloneButNotAgainstAKeptCheckpoint() throws Exception {
        String investigator = Tokens.officer("thn-inv-1", "TH-NSB", "TH", "investigator");
        String auditor = Tokens.officer("thn-aud-1", "TH-NSB", "TH", "auditor");
        long before = sizeOf("TH-NSB");
        String caseId = openCase(investigator, "Cut tail case");
        Db.awaitSequenced();
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        Db.awaitSequenced();
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        Db.awaitSequenced();
        String kept = as(auditor).get("/api/audit/cases/checkpoint").then().body("size", is((int) before + 3)).extract().path("note");
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        Db.awaitSequenced();
        Db.execute("alter table audit_log disable trigger audit_log_append_only",
                "delete from audit_log where owner_agency = 'TH-NSB' and seq >= " + (before + 3),
                "alter table audit_log enable trigger audit_log_append_only");
        Db.verified(auditor).body("valid", is(true)).body("entriesChecked", is((int) before + 2));
        as(auditor).body(Map.of("checkpoint", kept)).post("/api/audit/cases/verify").then().statusCode(200)
                .body("valid", is(false)).body("checkpoint.extended", is(false))
                .body("reason", containsString("removed")).body("firstBrokenSeq", is((int) before + 3));
    }

    @Test
    void aDeletedRowInsideTheChainBreaksItAtTheGap() throws Exception {
        String investigator = Tokens.officer("cn-inv-1", "CN-NNCC", "CN", "investigator");
        String auditor = Tokens.officer("cn-aud-1", "CN-NNCC", "CN", "auditor");
        long before = sizeOf("CN-NNCC");
        String caseId = openCase(investigator, "Gap case");
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        as(investigator).get("/api/cases/" + caseId).then().statusCode(200);
        Db.awaitSequenced();
        Db.execute("alter table audit_log disable trigger audit_log_append_only",
                "delete from audit_log where owner_agency = 'CN-NNCC' and seq = " + (before + 2),
                "alter table audit_log enable trigger audit_log_append_only");
        Db.verified(auditor).body("valid", is(false)).body("firstBrokenSeq", is((int) before + 2))
                .body("entriesChecked", is((int) before + 1))
                .body("reason", containsString("missing"));
    }

    @Test
    void aCheckpointWithABadSignatureOrOfAnotherChainIsRefused() throws Exception {
        openCase(VN_INVESTIGATOR, "Bad checkpoint case");
        openCase(LA_INVESTIGATOR, "Other chain case");
        Db.awaitSequenced();
        String note = as(VN_AUDITOR).get("/api/audit/cases/checkpoint").then().extract().path("note");
        String[] lines = note.split("\n");
        lines[1] = Long.toString(Long.parseLong(lines[1]) + 1);
        as(VN_AUDITOR).body(Map.of("checkpoint", String.join("\n", lines) + "\n")).post("/api/audit/cases/verify").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("checkpoint")).body("detail", containsString("signature"));
        as(VN_AUDITOR).body(Map.of("checkpoint", "not a note")).post("/api/audit/cases/verify").then().statusCode(400);
        as(VN_AUDITOR).body(Map.of()).post("/api/audit/cases/verify").then().statusCode(400);
        String laos = as(LA_AUDITOR).get("/api/audit/cases/checkpoint").then().statusCode(200).extract().path("note");
        as(VN_AUDITOR).body(Map.of("checkpoint", laos)).post("/api/audit/cases/verify").then().statusCode(400)
                .body("detail", containsString("LA-MPS"));
        as(VN_ANALYST).get("/api/audit/cases/checkpoint").then().statusCode(403);
    }

    /** What a DBA who knows the hash function does: edit a row, then recompute every later link. */
    private static void rewriteFrom(String owner, long fromSeq, String edit) throws Exception {
        try (var c = Db.connect(); var s = c.createStatement()) {
            s.execute("alter table audit_log disable trigger audit_log_append_only");
            try {
                s.executeUpdate("update audit_log set " + edit + " where owner_agency = '" + owner + "' and seq = " + fromSeq);
                String prev = headAt(owner, fromSeq - 1);
                var rows = s.executeQuery("select id, seq, occurred_at, officer_id, agency, action, object_type, object_id,"
                        + " owner_agency, request_id, outcome from audit_log where owner_agency = '" + owner + "' and seq >= "
                        + fromSeq + " order by seq");
                var update = c.prepareStatement("update audit_log set prev_hash = ?, hash = ? where id = ?");
                while (rows.next()) {
                    String hash = AuditHash.of(rows.getString("owner_agency"), rows.getLong("seq"), prev,
                            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(), rows.getString("officer_id"),
                            rows.getString("agency"), rows.getString("action"), rows.getString("object_type"),
                            rows.getString("object_id"), rows.getString("request_id"), rows.getString("outcome"));
                    update.setString(1, prev);
                    update.setString(2, hash);
                    update.setLong(3, rows.getLong("id"));
                    update.executeUpdate();
                    prev = hash;
                }
            } finally {
                s.execute("alter table audit_log enable trigger audit_log_append_only");
            }
        }
    }

    private static long sizeOf(String owner) throws Exception {
        Db.awaitSequenced();
        return Db.count("select coalesce(max(seq), 0) from audit_log where owner_agency = '" + owner + "'");
    }

    private static String headAt(String owner, long seq) throws Exception {
        try (var c = Db.connect(); var s = c.createStatement();
             var rs = s.executeQuery("select hash from audit_log where owner_agency = '" + owner + "' and seq = " + seq)) {
            return rs.next() ? rs.getString(1) : AuditHash.GENESIS;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
