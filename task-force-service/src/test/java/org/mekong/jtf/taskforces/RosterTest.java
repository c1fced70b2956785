package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.taskforces.Api.*;

/** The roster: every agency reads it; an agency's supervisors keep their own officers on it, nobody else's. */
@QuarkusTest
class RosterTest {

    @Test
    void supervisorsKeepTheirOwnOfficersOnTheRoster() {
        String id = unique("la.officer");
        as(LA_SUPERVISOR).body(Map.of("officerId", id, "name", "Noy Sisavath", "rank", "Captain", "languages", List.of("lo", "th"),
                        "specialties", List.of("border-interdiction"))).post("/api/officers").then().statusCode(201)
                .header("Location", endsWith("/api/officers/" + id)).header("ETag", notNullValue())
                .body("agency", is("LA-MPS")).body("country", is("LA")).body("languages", contains("lo", "th"));
        as(VN_COMMANDER).get("/api/officers/" + id).then().statusCode(200).body("name", is("Noy Sisavath"));
        as(VN_COMMANDER).get("/api/officers?agency=LA-MPS&language=th&specialty=border-interdiction").then().statusCode(200)
                .body("items.officerId", hasItem(id));
        as(VN_COMMANDER).get("/api/officers?language=km").then().body("items.officerId", not(hasItem(id)));
        // Vietnam's supervisor does not manage Lao officers
        String etag = etag(LA_SUPERVISOR, "/api/officers/" + id);
        as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("rank", "Major")).patch("/api/officers/" + id).then().statusCode(403);
        as(LA_SUPERVISOR).body(Map.of("rank", "Major")).patch("/api/officers/" + id).then().statusCode(428);
        as(LA_SUPERVISOR).header("If-Match", etag).body(Map.of("rank", "Major", "languages", List.of("lo", "th", "vi")))
                .patch("/api/officers/" + id).then().statusCode(200).body("rank", is("Major")).body("languages", contains("lo", "th", "vi"));
        as(LA_SUPERVISOR).header("If-Match", etag).body(Map.of("rank", "Colonel")).patch("/api/officers/" + id).then().statusCode(412);
        // one roster entry per officer
        as(LA_SUPERVISOR).body(Map.of("officerId", id, "name", "Again", "languages", List.of("lo"))).post("/api/officers")
                .then().statusCode(409);
        as(LA_COMMANDER).body(Map.of("officerId", unique("x"), "name", "Not a supervisor", "languages", List.of("lo")))
                .post("/api/officers").then().statusCode(403);
    }

    @Test
    void rosterInputIsChecked() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("officerId", unique("a"), "name", "x", "languages", List.of("xx")),
                Map.of("officerId", unique("a"), "name", "x", "languages", List.of("Vietnamese")),
                Map.of("officerId", unique("a"), "name", "x", "languages", List.of()),
                Map.of("officerId", "has space", "name", "x", "languages", List.of("lo")),
                Map.of("officerId", unique("a"), "name", " ", "languages", List.of("lo")),
                Map.of("officerId", unique("a"), "name", "x", "languages", List.of("lo"), "agency", "VN-C04"))) {
            as(LA_SUPERVISOR).body(bad).post("/api/officers").then().statusCode(400).contentType("application/problem+json")
                    .body("violations", not(empty()));
        }
        as(VN_COMMANDER).get("/api/officers/nobody").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/officers").then().statusCode(401);
        as(Tokens.expired("VN-C04", "VN", "commander")).get("/api/task-forces").then().statusCode(401);
    }
}
