package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.taskforces.Api.*;

/** Tasks go to members, move TODO → IN_PROGRESS → DONE (or BLOCKED with a reason), and show up as mine and as overdue. */
@QuarkusTest
class TaskTest {

    @Test
    void tasksGoToMembersAndMoveAlongTheirLifecycle() {
        String la = officer("LA-MPS", "Vanh Sengdao", List.of("lo"));
        String laChief = officer("LA-MPS", "Keo Phet", List.of("lo"));
        String vn = officer("VN-C04", "Bui Van Minh", List.of("vi"));
        String tf = form(VN_COMMANDER, unique("Tasks"), List.of());
        join(VN_COMMANDER, tf, la, "INVESTIGATOR", laChief);
        join(VN_COMMANDER, tf, vn, "COMMANDER", officer("VN-C04", "Chief", List.of("vi")));
        String tasks = TASK_FORCES + "/" + tf + "/tasks";
        String caseId = "00000000-0000-0000-0000-0000000000aa";
        String overdueDue = Instant.now().minus(2, ChronoUnit.HOURS).toString();
        as(VN_COMMANDER).body(Map.of("title", "x", "priority", "HIGH", "assignees", List.of("stranger"))).post(tasks).then().statusCode(400)
                .body("violations[0].field", is("assignees"));
        as(VN_COMMANDER).body(Map.of("title", "x", "priority", "NOW")).post(tasks).then().statusCode(400);
        String task = as(VN_COMMANDER).body(Map.of("title", "Verify the courier's phone", "priority", "URGENT", "assignees", List.of(la),
                        "dueAt", overdueDue, "caseId", caseId)).post(tasks).then().statusCode(201)
                .header("Location", endsWith(tasks + "/" + as(VN_COMMANDER).get(tasks).then().extract().path("[0].id")))
                .body("status", is("TODO")).body("overdue", is(true)).extract().path("id");
        String path = tasks + "/" + task;
        String laToken = tokenOf(la, "LA-MPS", "investigator");
        as(laToken).get("/api/tasks/mine").then().statusCode(200).body("id", hasItem(task));
        as(VN_COMMANDER).get("/api/tasks/overdue").then().statusCode(200).body("id", hasItem(task));
        as(KH_COMMANDER).get("/api/tasks/overdue").then().statusCode(200).body("id", not(hasItem(task)));
        // someone who is not assigned and does not command the task force may not move it
        String vnAnalyst = tokenOf(vn + "-not", "VN-C04", "analyst");
        as(vnAnalyst).header("If-Match", etag(laToken, path)).body(Map.of("status", "IN_PROGRESS")).post(path + "/transitions")
                .then().statusCode(403);
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "DONE")).post(path + "/transitions").then().statusCode(409);
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "BLOCKED")).post(path + "/transitions")
                .then().statusCode(400).body("violations[0].field", is("reason"));
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "BLOCKED", "reason", "waiting for the carrier"))
                .post(path + "/transitions").then().statusCode(200).body("blockedReason", is("waiting for the carrier"));
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "IN_PROGRESS")).post(path + "/transitions")
                .then().statusCode(200).body("blockedReason", nullValue());
        as(laToken).header("If-Match", "\"0\"").body(Map.of("status", "DONE")).post(path + "/transitions").then().statusCode(412);
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "DONE")).post(path + "/transitions").then().statusCode(200)
                .body("status", is("DONE")).body("doneAt", notNullValue()).body("overdue", is(false));
        as(laToken).get("/api/tasks/mine").then().body("id", not(hasItem(task)));
        as(VN_COMMANDER).get("/api/tasks/overdue").then().body("id", not(hasItem(task)));
        as(laToken).header("If-Match", etag(laToken, path)).body(Map.of("status", "TODO")).post(path + "/transitions").then().statusCode(409);
        as(VN_COMMANDER).get(TASK_FORCES + "/" + tf + "/history").then().body("items.type", hasItems("TASK_ASSIGNED", "TASK_STATUS_CHANGED"));
    }
}
