package org.mekong.jtf.taskforces;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import org.mekong.jtf.common.testing.TestDatabase;

import java.io.File;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real case service for the task-force tests: its built jar, started as its own process on its
 * own test database (with its least-privileged roles), verifying tokens with the development key.
 * The task-force service reaches it through a switch that forwards every request unchanged — until
 * a failure-mode test turns it to answer 500s, to hang, or to refuse connections, which a real
 * service cannot be made to do on cue — or to go down altogether. The switch is driven over HTTP on
 * a control port of its own ({@code /forward}, {@code /error}, {@code /missing}, {@code /hang}, {@code /down},
 * {@code /count}), since test resources and tests need not share a class loader.
 */
@QuarkusTestResource(CaseServiceUnderTest.class)
public class CaseServiceUnderTest implements QuarkusTestResourceLifecycleManager {

    public static final String REAL_URL = "test.case-service.real-url";
    public static final String SWITCH_URL = "quarkus.rest-client.case-service.url";
    public static final String CONTROL_URL = "test.case-service.switch-control";
    private static final Path JAR = Path.of("../case-service/target/quarkus-app/quarkus-run.jar");

    private Process process;
    private Vertx vertx;
    private HttpServer server;
    private HttpServer control;
    private HttpClient client;
    private int upstream;
    private final AtomicReference<String> mode = new AtomicReference<>("forward");
    private final AtomicInteger forwarded = new AtomicInteger();
    private int switchPort;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is not built: run the whole build (./mvnw verify), "
                    + "which packages the case service before these tests");
        }
        TestDatabase database = new TestDatabase();
        database.init(Map.of("database", "mekong_case_tf_test"));
        Map<String, String> databaseConfig = database.start();
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        databaseConfig.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Path keys = Path.of("../dev/keys").toAbsolutePath().normalize();
        Map<String, String> env = builder.environment();
        env.put("JWT_VERIFY_KEY_LOCATION", keys.resolve("jwt-public.pem").toString());
        env.put("JWT_ISSUER", "https://dev.mekong-jtf.local/issuer");
        env.put("AUDIT_SIGNING_KEY_LOCATION", keys.resolve("audit-signing-ed25519.pem").toString());
        env.put("AUDIT_PUBLIC_KEY_LOCATION", keys.resolve("audit-signing-ed25519.pub.pem").toString());
        env.put("DB_NAME", "mekong_case_tf_test");
        File log = new File("target/case-service-under-test.log");
        builder.redirectErrorStream(true).redirectOutput(log);
        try {
            process = builder.start();
            awaitReady(managementPort, log);
            switchPort = startSwitch(port);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("the case service did not start for the tests (see " + log.getAbsolutePath() + ")", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(REAL_URL, "http://127.0.0.1:" + port);
        config.put(SWITCH_URL, "http://127.0.0.1:" + switchPort);
        config.put(CONTROL_URL, "http://127.0.0.1:" + control.actualPort());
        return config;
    }

    private void awaitReady(int managementPort, File log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the case service exited: " + Files.readString(log.toPath()));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the case service was not ready within 90 s");
    }

    /** Forwards to the case service, or fails the way the current mode says. */
    private int startSwitch(int upstreamPort) throws Exception {
        upstream = upstreamPort;
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
        int port = listen(0);
        control = vertx.createHttpServer().requestHandler(this::control).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return port;
    }

    private int listen(int port) throws Exception {
        return listening(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    private io.vertx.core.Future<HttpServer> listening(int port) {
        HttpServer created = vertx.createHttpServer().requestHandler(request -> {
            forwarded.incrementAndGet();
            switch (mode.get()) {
                case "error" -> request.response().setStatusCode(500).end("{\"status\":500}");
                case "missing" -> request.response().setStatusCode(404).end("{\"status\":404}");
                case "hang" -> { } // never answers
                default -> forward(request);
            }
        });
        return created.listen(port, "127.0.0.1").onSuccess(listening -> server = listening);
    }

    private void control(HttpServerRequest request) {
        String command = request.path().substring(1);
        if (command.equals("count")) {
            request.response().end(String.valueOf(forwarded.get()));
            return;
        }
        io.vertx.core.Future<?> ready;
        if (command.equals("down") && server != null) {
            ready = server.close().onSuccess(closed -> server = null);
        } else if (!command.equals("down") && server == null) {
            ready = listening(switchPort);
        } else {
            ready = io.vertx.core.Future.succeededFuture();
        }
        ready.onSuccess(done -> {
            mode.set(command);
            forwarded.set(0);
            request.response().end(command);
        }).onFailure(e -> request.response().setStatusCode(500).end(e.toString()));
    }

    private void forward(HttpServerRequest request) {
        request.pause();
        RequestOptions options = new RequestOptions().setHost("127.0.0.1").setPort(upstream).setMethod(request.method())
                .setURI(request.uri()).setHeaders(request.headers());
        client.request(options).compose(out -> {
            request.resume();
            return request.body().compose(body -> out.send(body));
        }).onSuccess(in -> {
            request.response().setStatusCode(in.statusCode()).headers().setAll(in.headers());
            in.body().onSuccess(body -> request.response().end(body)).onFailure(e -> request.response().setStatusCode(502).end());
        }).onFailure(e -> request.response().setStatusCode(502).end());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (control != null) {
            control.close();
        }
        if (vertx != null) {
            vertx.close();
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
