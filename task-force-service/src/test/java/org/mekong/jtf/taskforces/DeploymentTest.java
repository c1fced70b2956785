package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.taskforces.Api.*;

/** Deployments: an officer is in one place at a time, enforced by the database; members can talk to each other. */
@QuarkusTest
class DeploymentTest {

    private record Crew(String taskForce, String vn, String vnChief, String la, String laChief) {
    }

    private static Crew crew() {
        String vn = officer("VN-C04", "Hoang Van Giang", List.of("vi", "en"));
        String vnChief = officer("VN-C04", "Vu Thi Hoa", List.of("vi"));
        String la = officer("LA-MPS", "Phonsavanh Keo", List.of("lo", "en"));
        String laChief = officer("LA-MPS", "Outhai Sisouk", List.of("lo"));
        String tf = form(VN_COMMANDER, unique("Deployment crew"), List.of());
        join(VN_COMMANDER, tf, vn, "COMMANDER", vnChief);
        join(VN_COMMANDER, tf, la, "INVESTIGATOR", laChief);
        return new Crew(tf, vn, vnChief, la, laChief);
    }

    @Test
    void anOfficerIsNotInTwoPlacesAtOnce() {
        Crew c = crew();
        String deployments = TASK_FORCES + "/" + c.taskForce() + "/deployments";
        String first = as(VN_COMMANDER).body(deployment(List.of(c.vn(), c.la()), "2026-03-01T06:00:00Z", "2026-03-01T18:00:00Z"))
                .post(deployments).then().statusCode(201).body("commonLanguages", contains("en")).body("languageGap", is(false))
                .extract().path("id");
        // overlapping by an hour: refused, naming where the officer already is
        as(VN_COMMANDER).body(deployment(List.of(c.la()), "2026-03-01T17:00:00Z", "2026-03-02T06:00:00Z")).post(deployments)
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/officer-already-deployed"))
                .body("detail", containsString(first)).body("detail", containsString("Ton Pheung checkpoint"));
        // starting when the first ends does not overlap
        as(VN_COMMANDER).body(deployment(List.of(c.la()), "2026-03-01T18:00:00Z", "2026-03-02T06:00:00Z")).post(deployments)
                .then().statusCode(201);
        // another task force cannot book the same officer either
        String other = form(VN_COMMANDER, unique("Second task force"), List.of());
        join(VN_COMMANDER, other, c.vn(), "COMMANDER", c.vnChief());
        as(VN_COMMANDER).body(deployment(List.of(c.vn()), "2026-03-01T12:00:00Z", "2026-03-01T13:00:00Z"))
                .post(TASK_FORCES + "/" + other + "/deployments").then().statusCode(409).body("detail", containsString(first));
        // cancelling the first frees the officer
        String etag = etag(VN_COMMANDER, deployments + "/" + first);
        as(VN_COMMANDER).header("If-Match", etag).delete(deployments + "/" + first).then().statusCode(204);
        as(VN_COMMANDER).body(deployment(List.of(c.vn()), "2026-03-01T12:00:00Z", "2026-03-01T13:00:00Z"))
                .post(TASK_FORCES + "/" + other + "/deployments").then().statusCode(201);
    }

    @Test
    void twentyCommandersBookingOneOfficerAtOnceGetExactlyOneBooking() throws Exception {
        Crew c = crew();
        List<String> taskForces = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String tf = form(VN_COMMANDER, unique("Race " + i), List.of());
            join(VN_COMMANDER, tf, c.la(), "INVESTIGATOR", c.laChief());
            taskForces.add(tf);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> bookings = taskForces.stream().<Callable<Integer>>map(tf -> () -> as(VN_COMMANDER)
                    .body(deployment(List.of(c.la()), "2026-05-10T00:00:00Z", "2026-05-11T00:00:00Z"))
                    .post(TASK_FORCES + "/" + tf + "/deployments").statusCode()).toList();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> f : pool.invokeAll(bookings)) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, 19), statuses);
            // and exactly one deployment exists, with the officer in it
            int booked = 0;
            for (String tf : taskForces) {
                int total = as(VN_COMMANDER).get(TASK_FORCES + "/" + tf + "/deployments").then().statusCode(200).extract().path("total");
                booked += total;
            }
            assertEquals(1, booked);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void membersWithoutACommonLanguageNeedAnInterpreterOrAKnowingCommander() {
        String vn = officer("VN-C04", "Trinh Van Khoa", List.of("vi"));
        String vnChief = officer("VN-C04", "Ngo Thi Lan", List.of("vi"));
        String th = officer("TH-ONCB", "Prasert Wong", List.of("th"));
        String thChief = officer("TH-ONCB", "Chai Boon", List.of("th"));
        String interpreter = officer("TH-ONCB", "Malee Interpreter", List.of("th", "vi"));
        String tf = form(VN_COMMANDER, unique("No common language"), List.of());
        join(VN_COMMANDER, tf, vn, "COMMANDER", vnChief);
        join(VN_COMMANDER, tf, th, "INVESTIGATOR", thChief);
        String deployments = TASK_FORCES + "/" + tf + "/deployments";
        as(VN_COMMANDER).body(deployment(List.of(vn, th), "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z")).post(deployments)
                .then().statusCode(422).body("type", endsWith("/no-common-language")).body("detail", containsString(th + " (th)"));
        Map<String, Object> knowingly = deployment(List.of(vn, th), "2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z");
        knowingly.put("languageGapAccepted", true);
        as(VN_COMMANDER).body(knowingly).post(deployments).then().statusCode(201).body("languageGap", is(true))
                .body("commonLanguages", empty());
        join(VN_COMMANDER, tf, interpreter, "INTERPRETER", thChief);
        as(VN_COMMANDER).body(deployment(List.of(vn, th, interpreter), "2026-04-03T00:00:00Z", "2026-04-04T00:00:00Z"))
                .post(deployments).then().statusCode(201).body("languageGap", is(false)).body("interpreterPresent", is(true));
    }

    @Test
    void aDeploymentIsForMembersInAForwardWindowAtARealPlace() {
        Crew c = crew();
        String deployments = TASK_FORCES + "/" + c.taskForce() + "/deployments";
        as(VN_COMMANDER).body(deployment(List.of(c.vn()), "2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z")).post(deployments)
                .then().statusCode(400).body("violations[0].field", is("endsAt"));
        as(VN_COMMANDER).body(deployment(List.of("someone-else"), "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")).post(deployments)
                .then().statusCode(400).body("violations[0].field", is("officers"));
        Map<String, Object> badPlace = deployment(List.of(c.vn()), "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z");
        badPlace.put("province", "TH-57");
        as(VN_COMMANDER).body(badPlace).post(deployments).then().statusCode(400).body("violations[0].field", is("province"));
        badPlace.put("province", "LA-BK");
        badPlace.put("kind", "BEACH");
        as(VN_COMMANDER).body(badPlace).post(deployments).then().statusCode(400).body("violations[0].field", is("kind"));
        badPlace.put("kind", "PORT");
        badPlace.put("latitude", 120);
        as(VN_COMMANDER).body(badPlace).post(deployments).then().statusCode(400).body("violations[0].field", is("latitude"));
        // another agency neither sees nor books
        as(KH_COMMANDER).body(deployment(List.of(c.vn()), "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")).post(deployments)
                .then().statusCode(404);
        as(VN_INVESTIGATOR).body(deployment(List.of(c.vn()), "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z")).post(deployments)
                .then().statusCode(403);
    }
}
