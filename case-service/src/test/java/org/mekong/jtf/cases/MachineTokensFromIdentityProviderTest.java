package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.service.OutboxRelay;

import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mekong.jtf.cases.Api.*;

/**
 * With a token endpoint configured (production: Keycloak), the outbox's deliveries carry tokens the
 * case service got by the client-credentials grant, the client of the agency it speaks for, reused
 * while they live and forgotten when refused; while the identity provider refuses, nothing is
 * delivered and the entry waits for its retry. The identity provider and the intel service are played by plain HTTP servers here (no
 * Keycloak on this machine): what is tested is the case service's side of the grant.
 */
@QuarkusTest
@TestProfile(MachineTokensFromIdentityProviderTest.WithTokenEndpoint.class)
class MachineTokensFromIdentityProviderTest {

    private static final int IDP_PORT = 18993;
    private static final int INTEL_PORT = 18992;

    public static class WithTokenEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String endpoint = "http://127.0.0.1:" + IDP_PORT + "/realms/mekong/protocol/openid-connect/token";
            return Map.of("mekong.integration.token-url", endpoint, "quarkus.rest-client.identity-provider.url", endpoint,
                    "mekong.integration.client-secret", "the-case-service-secret",
                    "mekong.integration.signing-key-location", "");
        }
    }

    @Inject
    OutboxRelay relay;

    private Vertx vertx;
    private final AtomicInteger idpAnswer = new AtomicInteger(401);
    private final AtomicInteger intelAnswer = new AtomicInteger(200);
    private final ConcurrentLinkedQueue<Map<String, String>> grants = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String[]> delivered = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void deliveriesCarryTheAgencysClientCredentialsTokenAndWaitWhileTheIdentityProviderRefuses() throws Throwable {
        start();
        String caseId = openCase(VN_SUPERVISOR, "Token endpoint case");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Token courier", "VN");
        String entry = Db.strings("select id from outbox where resource = 'subject/" + subject + "'").get(0);

        // the identity provider refuses: nothing reaches the intel service, the entry waits with one attempt more
        relay();
        Map<String, String> grant = grants.stream().filter(g -> "case-service-vn-c04".equals(g.get("client_id"))).findFirst().orElseThrow();
        assertEquals("client_credentials", grant.get("grant_type"));
        assertEquals("the-case-service-secret", grant.get("client_secret"));
        assertTrue(delivered.stream().noneMatch(d -> d[0].contains(subject)), "nothing delivered without a token");
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and delivered_at is null and attempts = 1"));

        // it grants: the delivery carries its token, for VN-C04's client
        idpAnswer.set(200);
        Db.execute("update outbox set next_attempt_at = now() - interval '1 second' where delivered_at is null");
        relay();
        String[] record = delivered.stream().filter(d -> d[0].contains(subject)).findFirst().orElseThrow();
        assertEquals("Bearer granted-to-case-service-vn-c04", record[1]);
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and delivered_at is not null"));

        // a second record of the same agency: the token is reused, not asked for again
        long asked = vnGrants();
        String second = addSubject(VN_INVESTIGATOR, caseId, "Token courier two", "VN");
        relay();
        assertTrue(delivered.stream().anyMatch(d -> d[0].contains(second) && d[1].equals("Bearer granted-to-case-service-vn-c04")));
        assertEquals(asked, vnGrants());

        // the intel service refuses the token (keys rotated, say): it is forgotten, and the retry asks for another
        intelAnswer.set(401);
        String third = addSubject(VN_INVESTIGATOR, caseId, "Token courier three", "VN");
        relay();
        assertEquals(1, Db.count("select count(*) from outbox where resource = 'subject/" + third + "' and delivered_at is null"));
        intelAnswer.set(200);
        Db.execute("update outbox set next_attempt_at = now() - interval '1 second' where delivered_at is null");
        relay();
        assertEquals(asked + 1, vnGrants());
        assertEquals(1, Db.count("select count(*) from outbox where resource = 'subject/" + third + "' and delivered_at is not null"));
    }

    private long vnGrants() {
        return grants.stream().filter(g -> "case-service-vn-c04".equals(g.get("client_id"))).count();
    }

    private void start() throws Exception {
        vertx = Vertx.vertx();
        vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Map<String, String> form = Arrays.stream(body.toString().split("&")).map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                            p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
            grants.add(form);
            if (idpAnswer.get() != 200 || !request.path().endsWith("/protocol/openid-connect/token")) {
                request.response().setStatusCode(401).putHeader("Content-Type", "application/json").end("{\"error\":\"unauthorized_client\"}");
                return;
            }
            request.response().putHeader("Content-Type", "application/json")
                    .end("{\"access_token\":\"granted-to-" + form.get("client_id") + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
        })).listen(IDP_PORT).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            delivered.add(new String[]{request.path(), request.getHeader("Authorization")});
            request.response().setStatusCode(intelAnswer.get()).putHeader("Content-Type", "application/json").end("{\"outcome\":\"APPLIED\"}");
        })).listen(INTEL_PORT).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private void relay() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> relay.relay());
    }
}
