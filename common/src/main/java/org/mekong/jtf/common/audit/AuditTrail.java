package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;

import java.util.List;

/**
 * What auditors read and check: the entries about their agency's records, their partners' reads of
 * them, the latest signed checkpoint of their chain, and verification of the chain — alone, or
 * against a checkpoint they kept, which is what catches a database administrator who rewrote a
 * whole tail consistently (the chain alone still links; the kept signature no longer matches).
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 1000;
    private static final int CANDIDATES = 20;

    private final AuditEntryRepository entries;
    private final AuditCheckpointRepository checkpoints;
    private final CheckpointSigner signer;
    private final AuditConfig config;

    public AuditTrail(AuditEntryRepository entries, AuditCheckpointRepository checkpoints, CheckpointSigner signer,
                      AuditConfig config) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.config = config;
    }

    /** The result of a check: where the chain first breaks, if it does, and whether it extends a kept checkpoint. */
    public record Verification(boolean valid, long entriesChecked, long awaitingSequencing, Long firstBrokenSeq,
                               Long firstBrokenEntryId, String reason, KeptCheckpoint checkpoint) {
    }

    /** The kept checkpoint as verified: its size and head, and whether the current chain extends it. */
    public record KeptCheckpoint(String origin, long size, String headHash, boolean extended) {
    }

    public record CheckpointView(String origin, long size, String headHash, java.time.Instant signedAt, String note,
                                 String verifierKey) {
    }

    public record PublicKeyView(String keyName, String algorithm, String verifierKey, String publicKeyPem, String originPrefix) {
    }

    @WithSession
    public Uni<List<AuditEntryView>> entriesOwnedBy(String ownerAgency, AuditEntryRepository.Filter filter, int page, int size) {
        return entries.ownedBy(ownerAgency, filter, false, page, size)
                .map(found -> found.stream().map(AuditEntryView::of).toList());
    }

    /** Reads of the agency's records by other agencies, newest first. */
    @WithSession
    public Uni<Page<AuditEntryView>> partnerReads(String ownerAgency, AuditEntryRepository.Filter filter, int page, int size) {
        return entries.ownedBy(ownerAgency, filter, true, page, size)
                .flatMap(found -> entries.countOwnedBy(ownerAgency, filter, true)
                        .map(total -> new Page<>(found.stream().map(AuditEntryView::of).toList(), page, size, total)));
    }

    @WithSession
    public Uni<CheckpointView> latestCheckpoint(String ownerAgency) {
        return checkpoints.latest(ownerAgency)
                .onItem().ifNull().failWith(() -> new ProblemException(404, "not-found", "Not found",
                        "no checkpoint yet: your agency's chain has no sequenced entries"))
                .map(c -> new CheckpointView(originOf(ownerAgency), c.size, c.headHash, c.signedAt, c.note, signer.verifierKey()));
    }

    public PublicKeyView publicKey() {
        return new PublicKeyView(signer.keyName(), "Ed25519", signer.verifierKey(), signer.publicKeyPem(),
                config.checkpoints().origin());
    }

    /** Checks one agency's chain; with a kept checkpoint, also that the chain extends it. */
    @WithSession
    public Uni<Verification> verify(String ownerAgency, String keptNote) {
        KeptCheckpoint kept = keptNote == null ? null : kept(ownerAgency, keptNote);
        return entries.awaitingSequencing(ownerAgency)
                .flatMap(awaiting -> walk(ownerAgency, kept, awaiting, 0L, AuditHash.GENESIS));
    }

    private KeptCheckpoint kept(String ownerAgency, String note) {
        CheckpointSigner.Checkpoint parsed;
        try {
            parsed = signer.parse(note);
        } catch (CheckpointSigner.InvalidCheckpoint invalid) {
            throw ProblemException.badRequest("checkpoint", invalid.getMessage());
        }
        if (!parsed.origin().equals(originOf(ownerAgency))) {
            throw ProblemException.badRequest("checkpoint", "this checkpoint is of the chain '" + parsed.origin()
                    + "', not of your agency's ('" + originOf(ownerAgency) + "')");
        }
        return new KeptCheckpoint(parsed.origin(), parsed.size(), parsed.headHash(), true);
    }

    private String originOf(String ownerAgency) {
        return config.checkpoints().origin() + "/" + ownerAgency;
    }

    private Uni<Verification> walk(String owner, KeptCheckpoint kept, long awaiting, long checked, String prev) {
        // each batch is dropped from the session once checked, so a long log does not fill memory
        return entries.chainAfter(owner, checked, VERIFY_BATCH)
                .call(batch -> entries.getSession().invoke(Mutiny.Session::clear))
                .flatMap(batch -> {
                    String expectedPrev = prev;
                    long count = checked;
                    for (AuditEntry e : batch) {
                        if (e.seq != count + 1) {
                            return Uni.createFrom().item(broken(count, awaiting, count + 1, e.id,
                                    "entry " + (count + 1) + " of the chain is missing", kept));
                        }
                        if (!e.prevHash.equals(expectedPrev) || !e.hash.equals(AuditHash.of(e))) {
                            return Uni.createFrom().item(broken(count, awaiting, e.seq, e.id,
                                    "entry " + e.seq + " does not match its hash or its link to the entry before", kept));
                        }
                        count++;
                        if (kept != null && count == kept.size() && !e.hash.equals(kept.headHash())) {
                            return locateDeparture(owner, kept, count, awaiting,
                                    "the chain no longer extends the checkpoint you kept: its entry " + count
                                            + " has another hash than the one signed then");
                        }
                        expectedPrev = e.hash;
                    }
                    if (batch.size() == VERIFY_BATCH) {
                        return walk(owner, kept, awaiting, count, expectedPrev);
                    }
                    if (kept != null && count < kept.size()) {
                        return locateDeparture(owner, kept, count, awaiting, "the chain has " + count
                                + " entries but the checkpoint you kept was signed at " + kept.size() + ": entries were removed");
                    }
                    return Uni.createFrom().item(new Verification(true, count, awaiting, null, null, null, kept));
                });
    }

    private static Verification broken(long checked, long awaiting, long seq, Long entryId, String reason, KeptCheckpoint kept) {
        KeptCheckpoint unknown = kept == null ? null : new KeptCheckpoint(kept.origin(), kept.size(), kept.headHash(), false);
        return new Verification(false, checked, awaiting, seq, entryId, reason, unknown);
    }

    /**
     * The chain links but contradicts the kept checkpoint: a tail was rewritten or cut. The signed
     * checkpoints the sequencer stored narrow down where: the first entry after the newest stored
     * checkpoint that the chain still matches (and whose signature is genuine) is the first one no
     * signature vouches for any more.
     */
    private Uni<Verification> locateDeparture(String owner, KeptCheckpoint kept, long checked, long awaiting, String reason) {
        KeptCheckpoint contradicted = new KeptCheckpoint(kept.origin(), kept.size(), kept.headHash(), false);
        return checkpoints.contradictedUpTo(owner, kept.size(), CANDIDATES)
                .flatMap(candidates -> firstGenuine(owner, candidates, false, kept.size()))
                .flatMap(upper -> checkpoints.confirmedBelow(owner, upper, CANDIDATES)
                        .flatMap(candidates -> firstGenuine(owner, candidates, true, 0L)))
                .flatMap(lastConfirmed -> entries.atSeq(owner, lastConfirmed + 1)
                        .map(first -> new Verification(false, checked, awaiting, lastConfirmed + 1, first == null ? null : first.id,
                                reason, contradicted)));
    }

    /**
     * The size of the first stored checkpoint whose note is genuinely ours and which the chain
     * matches ({@code matching}) or contradicts; the note's own values count, not its columns.
     */
    private Uni<Long> firstGenuine(String owner, List<AuditCheckpoint> candidates, boolean matching, long otherwise) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(otherwise);
        }
        AuditCheckpoint candidate = candidates.get(0);
        List<AuditCheckpoint> rest = candidates.subList(1, candidates.size());
        CheckpointSigner.Checkpoint parsed;
        try {
            parsed = signer.parse(candidate.note);
        } catch (CheckpointSigner.InvalidCheckpoint forged) {
            return firstGenuine(owner, rest, matching, otherwise);
        }
        if (!parsed.origin().equals(originOf(owner))) {
            return firstGenuine(owner, rest, matching, otherwise);
        }
        return entries.atSeq(owner, parsed.size()).flatMap(entry -> {
            boolean matches = entry != null && entry.hash != null && entry.hash.equals(parsed.headHash());
            return matches == matching ? Uni.createFrom().item(parsed.size()) : firstGenuine(owner, rest, matching, otherwise);
        });
    }
}
