package org.mekong.jtf.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The floor of this stack: an HTTP server that answers {@code GET /items/{id}} with one row read by
 * primary key through the reactive PostgreSQL client, as JSON. What the services add on top (JWT
 * verification, tenancy, audit, Hibernate) is measured against it.
 *
 * <p>Settings from the environment: FLOOR_PORT (8090), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD,
 * FLOOR_DB (mekong_bench).
 */
public class FloorServer extends AbstractVerticle {

    private static final int ROWS = 1000;

    private Pool pool;

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        int instances = Runtime.getRuntime().availableProcessors();
        seed(vertx).compose(v -> vertx.deployVerticle(FloorServer.class.getName(), new DeploymentOptions().setInstances(instances)))
                .onSuccess(id -> System.out.println("floor server listening on " + env("FLOOR_PORT", "8090") + " with " + instances + " event loops"))
                .onFailure(e -> {
                    System.err.println("floor server failed to start: " + e.getMessage());
                    System.exit(1);
                });
    }

    @Override
    public void start(Promise<Void> started) {
        pool = pool(vertx, 4);
        vertx.createHttpServer().requestHandler(request -> {
            String path = request.path();
            int id;
            try {
                id = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            } catch (NumberFormatException e) {
                request.response().setStatusCode(404).end();
                return;
            }
            pool.preparedQuery("select id, name, quantity from floor_item where id = $1").execute(Tuple.of(id))
                    .onSuccess(rows -> {
                        if (rows.size() == 0) {
                            request.response().setStatusCode(404).end();
                            return;
                        }
                        Row row = rows.iterator().next();
                        request.response().putHeader("Content-Type", "application/json")
                                .end(new JsonObject().put("id", row.getInteger(0)).put("name", row.getString(1))
                                        .put("quantity", row.getInteger(2)).encode());
                    })
                    .onFailure(e -> request.response().setStatusCode(503).end());
        }).listen(Integer.parseInt(env("FLOOR_PORT", "8090")), "127.0.0.1").<Void>mapEmpty().onComplete(started);
    }

    private static io.vertx.core.Future<Void> seed(Vertx vertx) {
        Pool seeding = pool(vertx, 1);
        return seeding.query("create table if not exists floor_item (id int primary key, name text not null, quantity int not null)").execute()
                .compose(v -> seeding.query("insert into floor_item select g, 'item ' || g, g * 7 from generate_series(1, " + ROWS
                        + ") g on conflict do nothing").execute())
                .<Void>mapEmpty().eventually(() -> seeding.close());
    }

    private static Pool pool(Vertx vertx, int size) {
        PgConnectOptions connect = new PgConnectOptions().setHost(env("DB_HOST", "127.0.0.1"))
                .setPort(Integer.parseInt(env("DB_PORT", "5432"))).setDatabase(env("FLOOR_DB", "mekong_bench"))
                .setUser(env("DB_USER", "postgres")).setPassword(env("DB_PASSWORD", "")).setCachePreparedStatements(true);
        return PgBuilder.pool().with(new PoolOptions().setMaxSize(size)).connectingTo(connect).using(vertx).build();
    }

    /** A setting from the environment, or its fallback when unset or blank (ProxyFloor reads its own so too). */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
