package org.mekong.jtf.common.audit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Links unsequenced audit entries into their owning agencies' chains, in arrival order, in batches,
 * and signs a checkpoint per chain after each batch (at most once per {@code signInterval} a chain). Exactly one sequencer is active per database
 * however many replicas run: leadership is a PostgreSQL session advisory lock held on the very
 * connection that does the sequencing, so a leader whose connection dies stops both at once, and
 * the next replica to try the lock takes over. Entries wait in the table, so whatever was written
 * but not yet sequenced when a leader died is sequenced by the next one.
 */
public final class AuditSequencer {

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);
    /** "mekong audit sequencer": one key for every service, each service has a database of its own. */
    static final long LEADER_LOCK = 0x6d656b5f61756431L;

    private static final String UNSEQUENCED = "select id, occurred_at, officer_id, agency, action, object_type, object_id,"
            + " owner_agency, request_id, outcome from audit_log where hash is null order by id limit $1";
    private static final String HEADS = "select o.owner, h.seq, h.hash from unnest($1::text[]) o(owner) left join lateral"
            + " (select seq, hash from audit_log where owner_agency = o.owner and seq is not null order by seq desc limit 1) h on true";
    /** Chains whose head no checkpoint covers (a leader died between linking and signing). */
    private static final String UNSIGNED_HEADS = """
            with recursive owners(o) as (
                select min(owner_agency) from audit_log where seq is not null
                union all
                select (select min(owner_agency) from audit_log where seq is not null and owner_agency > o) from owners where o is not null)
            select o, h.seq, h.hash from owners
            cross join lateral (select seq, hash from audit_log where owner_agency = o and seq is not null order by seq desc limit 1) h
            where o is not null and not exists (select 1 from audit_checkpoint c where c.owner_agency = o and c.size = h.seq)""";
    private static final String LINK = "update audit_log a set seq = v.seq, prev_hash = v.prev, hash = v.hash"
            + " from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) v(id, seq, prev, hash)"
            + " where a.id = v.id and a.hash is null";
    private static final String CHECKPOINT = "insert into audit_checkpoint (owner_agency, size, head_hash, signed_at, note)"
            + " select * from unnest($1::text[], $2::bigint[], $3::text[], $4::timestamptz[], $5::text[])";

    private record Head(long seq, String hash) {
    }

    private final Vertx vertx;
    private final Pool pool;
    private final CheckpointSigner signer;
    private final String origin;
    private final int batchSize;
    private final long pollMillis;
    private final long electionMillis;

    /** Chain heads as this leader last committed them; cleared whenever leadership is in doubt. */
    private final Map<String, Head> heads = new HashMap<>();
    /** Committed heads no checkpoint covers yet, and when each chain was last signed. */
    private final Map<String, Head> unsigned = new LinkedHashMap<>();
    private final Map<String, Long> lastSignedNanos = new HashMap<>();
    private final long signIntervalNanos;
    private volatile SqlConnection leaderConnection;
    private volatile boolean stopped;
    private volatile double lagSeconds;
    private final AtomicLong sequenced = new AtomicLong();

    public AuditSequencer(Vertx vertx, Pool pool, CheckpointSigner signer, String origin, int batchSize,
                          Duration pollInterval, Duration electionInterval) {
        this(vertx, pool, signer, origin, batchSize, pollInterval, electionInterval, Duration.ZERO);
    }

    /**
     * @param signInterval a chain is signed at most this often (Ed25519 in the JDK costs about a
     *                     millisecond of CPU a signature; signing after every small batch under load
     *                     cost more than the reads it audited); progress waiting for its signature is
     *                     signed once the interval has passed, whether or not more entries come
     */
    public AuditSequencer(Vertx vertx, Pool pool, CheckpointSigner signer, String origin, int batchSize,
                          Duration pollInterval, Duration electionInterval, Duration signInterval) {
        this.vertx = vertx;
        this.pool = pool;
        this.signer = signer;
        this.origin = origin;
        this.batchSize = batchSize;
        this.pollMillis = Math.max(1, pollInterval.toMillis());
        this.electionMillis = Math.max(1, electionInterval.toMillis());
        this.signIntervalNanos = signInterval.toNanos();
    }

    public void start() {
        stopped = false;
        vertx.runOnContext(v -> tryToLead());
    }

    /** Gives up leadership (another replica takes over at its next election attempt). */
    public Future<Void> stop() {
        stopped = true;
        SqlConnection connection = leaderConnection;
        leaderConnection = null;
        if (connection == null) {
            return Future.succeededFuture();
        }
        return connection.query("select pg_advisory_unlock_all()").execute().<Void>mapEmpty()
                .eventually(() -> connection.close()).recover(e -> Future.succeededFuture());
    }

    public boolean leading() {
        return leaderConnection != null;
    }

    /** Seconds between the oldest entry of the last batch being written and it being sequenced. */
    public double lagSeconds() {
        return lagSeconds;
    }

    public long sequencedEntries() {
        return sequenced.get();
    }

    private void tryToLead() {
        if (stopped) {
            return;
        }
        pool.getConnection().onComplete(got -> {
            if (got.failed()) {
                retryElection();
                return;
            }
            SqlConnection connection = got.result();
            connection.query("select pg_try_advisory_lock(" + LEADER_LOCK + ")").execute().onComplete(locked -> {
                boolean leader = locked.succeeded() && locked.result().iterator().next().getBoolean(0);
                if (!leader || stopped) {
                    Future<Void> release = leader ? connection.query("select pg_advisory_unlock_all()").execute().mapEmpty()
                            : Future.succeededFuture();
                    release.eventually(() -> connection.close());
                    retryElection();
                    return;
                }
                LOG.infof("This replica now sequences the audit log (%s)", origin);
                heads.clear();
                unsigned.clear();
                leaderConnection = connection;
                // what the previous leader linked but did not live to sign is signed first
                connection.query(UNSIGNED_HEADS).execute().onComplete(found -> {
                    if (found.succeeded()) {
                        for (Row head : found.result()) {
                            Head h = new Head(head.getLong("seq"), head.getString("hash"));
                            heads.put(head.getString("o"), h);
                            unsigned.put(head.getString("o"), h);
                        }
                    }
                    sequenceLoop(connection);
                });
            });
        });
    }

    private void retryElection() {
        if (!stopped) {
            vertx.setTimer(electionMillis, t -> tryToLead());
        }
    }

    private void sequenceLoop(SqlConnection connection) {
        if (stopped || leaderConnection != connection) {
            return;
        }
        sequenceBatch(connection).compose(linked -> signDue(connection).map(linked)).onComplete(done -> {
            if (done.succeeded()) {
                if (done.result() >= batchSize) {
                    vertx.runOnContext(v -> sequenceLoop(connection));
                } else {
                    vertx.setTimer(pollMillis, t -> sequenceLoop(connection));
                }
                return;
            }
            LOG.warnf("Audit sequencing stopped on this replica, leadership released: %s", done.cause().getMessage());
            heads.clear();
            unsigned.clear();
            if (leaderConnection == connection) {
                leaderConnection = null;
                connection.query("select pg_advisory_unlock_all()").execute().eventually(() -> connection.close());
            }
            retryElection();
        });
    }

    /** One batch: read the oldest unsequenced entries, link them, commit. */
    private Future<Integer> sequenceBatch(SqlConnection connection) {
        return connection.preparedQuery(UNSEQUENCED).execute(Tuple.of(batchSize)).compose(rows -> {
            if (rows.size() == 0) {
                lagSeconds = 0;
                return Future.succeededFuture(0);
            }
            List<Row> entries = new ArrayList<>(rows.size());
            rows.forEach(entries::add);
            List<String> unknownOwners = entries.stream().map(r -> r.getString("owner_agency"))
                    .filter(owner -> !heads.containsKey(owner)).distinct().toList();
            Future<Void> known = unknownOwners.isEmpty() ? Future.succeededFuture()
                    : connection.preparedQuery(HEADS).execute(Tuple.of(unknownOwners.toArray(String[]::new))).map(found -> {
                        for (Row h : found) {
                            Long seq = h.getLong("seq");
                            heads.put(h.getString("owner"), seq == null ? new Head(0, AuditHash.GENESIS) : new Head(seq, h.getString("hash")));
                        }
                        return null;
                    });
            return known.compose(v -> link(connection, entries));
        });
    }

    private Future<Integer> link(SqlConnection connection, List<Row> entries) {
        int n = entries.size();
        Long[] ids = new Long[n];
        Long[] seqs = new Long[n];
        String[] prevs = new String[n];
        String[] hashes = new String[n];
        Map<String, Head> advanced = new LinkedHashMap<>();
        Instant oldest = null;
        for (int i = 0; i < n; i++) {
            Row r = entries.get(i);
            AuditRecord record = new AuditRecord(r.getOffsetDateTime("occurred_at").toInstant(), r.getString("officer_id"),
                    r.getString("agency"), r.getString("action"), r.getString("object_type"), r.getString("object_id"),
                    r.getString("owner_agency"), r.getString("request_id"), r.getString("outcome"));
            Head head = advanced.getOrDefault(record.ownerAgency(), heads.get(record.ownerAgency()));
            long seq = head.seq() + 1;
            String hash = AuditHash.of(record, seq, head.hash());
            ids[i] = r.getLong("id");
            seqs[i] = seq;
            prevs[i] = head.hash();
            hashes[i] = hash;
            advanced.put(record.ownerAgency(), new Head(seq, hash));
            if (oldest == null || record.occurredAt().isBefore(oldest)) {
                oldest = record.occurredAt();
            }
        }
        Instant oldestWritten = oldest;
        return connection.begin().compose(tx -> connection.preparedQuery(LINK).execute(Tuple.of(ids, seqs, prevs, hashes))
                .compose(linked -> {
                    if (linked.rowCount() != n) {
                        // someone else linked some of them: our view of the heads is stale
                        return Future.failedFuture(new IllegalStateException("linked " + linked.rowCount() + " of " + n
                                + " entries; another sequencer may be active"));
                    }
                    return tx.commit();
                })
                .recover(failure -> rollback(tx, failure)))
                .map(committed -> {
                    heads.putAll(advanced);
                    unsigned.putAll(advanced);
                    sequenced.addAndGet(n);
                    lagSeconds = Duration.between(oldestWritten, Instant.now()).toNanos() / 1e9;
                    return n;
                });
    }

    /**
     * Signs a checkpoint for each chain whose committed head no checkpoint covers yet, if that chain
     * was not signed within the interval: one multi-row insert for all of them.
     */
    private Future<Void> signDue(SqlConnection connection) {
        long nowNanos = System.nanoTime();
        List<Map.Entry<String, Head>> due = unsigned.entrySet().stream()
                .filter(chain -> nowNanos - lastSignedNanos.getOrDefault(chain.getKey(), nowNanos - signIntervalNanos - 1) >= signIntervalNanos)
                .map(chain -> Map.entry(chain.getKey(), chain.getValue())).toList();
        if (due.isEmpty()) {
            return Future.succeededFuture();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int n = due.size();
        String[] owners = new String[n];
        Long[] sizes = new Long[n];
        String[] headHashes = new String[n];
        OffsetDateTime[] signedAt = new OffsetDateTime[n];
        String[] notes = new String[n];
        for (int c = 0; c < n; c++) {
            String owner = due.get(c).getKey();
            Head head = due.get(c).getValue();
            owners[c] = owner;
            sizes[c] = head.seq();
            headHashes[c] = head.hash();
            signedAt[c] = now.atOffset(ZoneOffset.UTC);
            notes[c] = signer.sign(origin + "/" + owner, head.seq(), head.hash(), now).note();
        }
        return connection.preparedQuery(CHECKPOINT).execute(Tuple.of(owners, sizes, headHashes, signedAt, notes)).map(signed -> {
            for (Map.Entry<String, Head> chain : due) {
                lastSignedNanos.put(chain.getKey(), nowNanos);
                // a later batch may have advanced the chain meanwhile: only what was signed leaves
                unsigned.remove(chain.getKey(), chain.getValue());
            }
            return null;
        });
    }

    private static Future<Void> rollback(Transaction tx, Throwable failure) {
        return tx.rollback().transform(ignored -> Future.<Void>failedFuture(failure));
    }
}
