package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.taskforces.Api.*;

/**
 * Task forces against the real case service: linked cases are checked there with the caller's
 * token; a task force becomes ACTIVE only mixed and with a commander; it is seen by its members'
 * agencies, its lead and its linked cases' leads, and by nobody else.
 */
@QuarkusTest
class TaskForceTest {

    @Test
    void aMixedTaskForceIsFormedOnACaseAndActivatedByItsRules() {
        String caseId = openCase(VN_SUPERVISOR, unique("Bokeo corridor"), "LA-MPS");
        String vn = officer("VN-C04", "Nguyen Van An", List.of("vi", "en"));
        String vnChief = officer("VN-C04", "Tran Thi Binh", List.of("vi"));
        String la = officer("LA-MPS", "Souksavanh Phommachanh", List.of("lo", "th"));
        String laChief = officer("LA-MPS", "Khamla Vongsa", List.of("lo"));

        String tf = form(VN_COMMANDER, unique("Joint task force Bokeo"), List.of(caseId));
        String path = TASK_FORCES + "/" + tf;
        as(VN_COMMANDER).get(path).then().statusCode(200).body("status", is("FORMING")).body("leadAgency", is("VN-C04"))
                .body("cases[0].caseId", is(caseId)).body("cases[0].leadAgency", is("VN-C04"))
                .body("reference", startsWith("TF-"));

        // Vietnamese members only: not mixed
        join(VN_COMMANDER, tf, vn, "COMMANDER", vnChief);
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("status", "ACTIVE")).post(path + "/transitions")
                .then().statusCode(409).body("type", endsWith("/not-mixed")).body("detail", containsString("two countries"));
        // a Lao member makes it mixed
        join(VN_COMMANDER, tf, la, "INVESTIGATOR", laChief);
        String etag = etag(VN_COMMANDER, path);
        as(VN_COMMANDER).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post(path + "/transitions").then().statusCode(412);
        as(VN_COMMANDER).body(Map.of("status", "ACTIVE")).post(path + "/transitions").then().statusCode(428);
        as(VN_COMMANDER).header("If-Match", etag).body(Map.of("status", "ACTIVE")).post(path + "/transitions").then().statusCode(200)
                .body("status", is("ACTIVE")).body("countries", contains("LA", "VN"))
                .body("members.find { it.officerId == '" + la + "' }.reportsTo", is(laChief))
                .body("members.find { it.officerId == '" + la + "' }.languages", contains("lo", "th"));
        // the Lao agency sees it now; Cambodia does not
        as(LA_INVESTIGATOR).get(path).then().statusCode(200);
        as(KH_COMMANDER).get(path).then().statusCode(404);
        as(KH_COMMANDER).get(TASK_FORCES).then().statusCode(200).body("items.id", not(hasItem(tf)));
        // by linked case (the case dossier's question): this one only, and only for those who see it
        String other = form(VN_COMMANDER, unique("Task force elsewhere"), List.of());
        as(VN_COMMANDER).queryParam("caseId", caseId).get(TASK_FORCES).then().statusCode(200)
                .body("items.id", contains(tf)).body("total", is(1)).body("items.id", not(hasItem(other)));
        as(KH_COMMANDER).queryParam("caseId", caseId).get(TASK_FORCES).then().statusCode(200).body("total", is(0));
        as(VN_COMMANDER).queryParam("caseId", "not-a-uuid").get(TASK_FORCES).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("caseId"));
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("status", "FORMING")).post(path + "/transitions")
                .then().statusCode(409);
        as(VN_COMMANDER).get(path + "/history").then().statusCode(200)
                .body("items.type", contains("FORMED", "MEMBER_JOINED", "MEMBER_JOINED", "STATUS_CHANGED"));
    }

    @Test
    void aTaskForceNeedsACommanderAndKeepsOne() {
        String vn = officer("VN-C04", "Le Van Cuong", List.of("vi"));
        String vnChief = officer("VN-C04", "Pham Duc Dung", List.of("vi"));
        String th = officer("TH-ONCB", "Somchai Srisuk", List.of("th", "en"));
        String thChief = officer("TH-ONCB", "Anan Kittisak", List.of("th"));
        String tf = form(VN_COMMANDER, unique("Mekong river patrol"), List.of());
        String path = TASK_FORCES + "/" + tf;
        join(VN_COMMANDER, tf, vn, "ANALYST", vnChief);
        String thai = join(VN_COMMANDER, tf, th, "LIAISON", thChief);
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("status", "ACTIVE")).post(path + "/transitions")
                .then().statusCode(409).body("type", endsWith("/no-commander"));
        String commander = join(VN_COMMANDER, tf, vnChief, "COMMANDER", vn);
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("status", "ACTIVE")).post(path + "/transitions")
                .then().statusCode(200);
        // the last commander of an active task force does not leave; others do, and stay in the history
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).delete(path + "/members/" + commander).then().statusCode(409);
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).queryParam("reason", "recalled to Bangkok")
                .delete(path + "/members/" + thai).then().statusCode(200).body("leftAt", notNullValue());
        as(VN_COMMANDER).get(path + "/members").then().body("officerId", not(hasItem(th)));
        as(VN_COMMANDER).get(path + "/members?all=true").then().body("officerId", hasItem(th))
                .body("find { it.officerId == '" + th + "' }.leftReason", is("recalled to Bangkok"));
        // Thailand has no member left: it no longer sees the task force
        as(TH_COMMANDER).get(path).then().statusCode(404);
    }

    @Test
    void casesAreLinkedOnlyWhenTheCallersAgencyTakesPartInThem() {
        String laoCase = openCase(LA_SUPERVISOR, unique("Lao case"));
        String jointCase = openCase(LA_SUPERVISOR, unique("Joint case"), "VN-C04");
        // a case Vietnam does not take part in is, for Vietnam, no case at all
        as(VN_COMMANDER).body(Map.of("name", "x", "mandate", "y", "cases", List.of(laoCase))).post(TASK_FORCES).then().statusCode(422)
                .body("violations[0].field", is("cases[0]")).body("detail", containsString("does not exist or your agency does not take part"));
        as(VN_COMMANDER).body(Map.of("name", "x", "mandate", "y", "cases", List.of("00000000-0000-0000-0000-000000000001")))
                .post(TASK_FORCES).then().statusCode(422);
        String tf = form(VN_COMMANDER, unique("On a Lao-led case"), List.of());
        String path = TASK_FORCES + "/" + tf;
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("caseId", jointCase)).post(path + "/cases")
                .then().statusCode(200).body("cases[0].leadAgency", is("LA-MPS"));
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("caseId", jointCase)).post(path + "/cases")
                .then().statusCode(409);
        // the lead agency of a linked case sees the task force, though none of its officers is a member
        as(LA_INVESTIGATOR).get(path).then().statusCode(200).body("cases[0].caseId", is(jointCase));
        // but does not command it
        as(LA_COMMANDER).header("If-Match", etag(LA_COMMANDER, path)).body(Map.of("name", "renamed")).patch(path).then().statusCode(403);
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("name", "Renamed")).patch(path).then().statusCode(200)
                .body("name", is("Renamed"));
    }

    @Test
    void membersComeFromTheRosterWithTheirOwnChainOfCommand() {
        String vn = officer("VN-C04", "Do Thi Em", List.of("vi"));
        String la = officer("LA-MPS", "Bounmy Chanthavong", List.of("lo"));
        String tf = form(VN_COMMANDER, unique("Roster checks"), List.of());
        String path = TASK_FORCES + "/" + tf;
        String etag = etag(VN_COMMANDER, path);
        as(VN_COMMANDER).header("If-Match", etag).body(Map.of("officerId", "nobody-here", "role", "ANALYST", "reportsTo", vn))
                .post(path + "/members").then().statusCode(400).body("violations[0].field", is("officerId"));
        // a Lao member's national supervisor is Lao
        as(VN_COMMANDER).header("If-Match", etag).body(Map.of("officerId", la, "role", "ANALYST", "reportsTo", vn))
                .post(path + "/members").then().statusCode(400).body("violations[0].field", is("reportsTo"));
        as(VN_COMMANDER).header("If-Match", etag).body(Map.of("officerId", la, "role", "SNIPER", "reportsTo", vn))
                .post(path + "/members").then().statusCode(400).body("violations[0].field", is("role"));
        join(VN_COMMANDER, tf, vn, "ANALYST", officer("VN-C04", "Chief", List.of("vi")));
        as(VN_COMMANDER).header("If-Match", etag(VN_COMMANDER, path)).body(Map.of("officerId", vn, "role", "ANALYST", "reportsTo", vn))
                .post(path + "/members").then().statusCode(anyOf(is(400), is(409)));
        // an investigator may read but not command
        as(VN_INVESTIGATOR).header("If-Match", etag(VN_INVESTIGATOR, path)).body(Map.of("officerId", la, "role", "ANALYST", "reportsTo", la))
                .post(path + "/members").then().statusCode(403);
    }
}
