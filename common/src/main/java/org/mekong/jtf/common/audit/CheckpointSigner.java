package org.mekong.jtf.common.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs and checks audit checkpoints as C2SP signed notes (the transparency-log community's
 * checkpoint format, readable by its tooling): the body is the origin line, the chain's size, the
 * base64 head hash and a time extension line; the signature line is an em dash, the key name and
 * base64(key hash || Ed25519 signature). Ed25519 is in the JDK.
 */
public final class CheckpointSigner {

    /** A checkpoint as its note states it. */
    public record Checkpoint(String origin, long size, String headHash, Instant signedAt, String note) {
    }

    /** The note is not a checkpoint of ours, or its signature does not verify. */
    public static final class InvalidCheckpoint extends Exception {
        InvalidCheckpoint(String message) {
            super(message, null, false, false);
        }
    }

    private static final byte ED25519_ALGORITHM = 0x01;
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    private final String keyName;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] rawPublicKey;
    private final byte[] keyHash;

    public CheckpointSigner(String keyName, PrivateKey privateKey, PublicKey publicKey) {
        if (keyName.isBlank() || keyName.contains(" ") || keyName.contains("+") || keyName.contains("\n")) {
            throw new IllegalArgumentException("a signed-note key name has no spaces, '+' or newlines: '" + keyName + "'");
        }
        this.keyName = keyName;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        byte[] encoded = publicKey.getEncoded();
        // X.509 SubjectPublicKeyInfo of an Ed25519 key: a fixed 12-byte prefix, then the 32-byte key
        this.rawPublicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        var digest = AuditHash.sha256();
        digest.update((keyName + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(ED25519_ALGORITHM);
        digest.update(rawPublicKey);
        this.keyHash = Arrays.copyOf(digest.digest(), 4);
        String probe = sign("probe", 1, AuditHash.GENESIS, Instant.EPOCH).note();
        try {
            parse(probe);
        } catch (InvalidCheckpoint mismatch) {
            throw new IllegalStateException("the audit checkpoint public key does not belong to its private key");
        }
    }

    /** Reads a PEM PKCS#8 private key and its PEM public key. */
    public static CheckpointSigner fromPem(String keyName, Path privatePem, Path publicPem) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privatePem)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(pemBody(publicPem)));
            return new CheckpointSigner(keyName, priv, pub);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the audit checkpoint key pair (" + privatePem + ", " + publicPem
                    + "): " + e.getMessage(), e);
        }
    }

    private static byte[] pemBody(Path pem) throws IOException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    public Checkpoint sign(String origin, long size, String headHashHex, Instant at) {
        String body = origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(headHashHex))
                + "\n" + "time " + at + "\n";
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(privateKey);
            ed.update(body.getBytes(StandardCharsets.UTF_8));
            byte[] signature = ed.sign();
            byte[] blob = ByteBuffer.allocate(4 + signature.length).put(keyHash).put(signature).array();
            String note = body + "\n" + SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
            return new Checkpoint(origin, size, headHashHex, at, note);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Parses a note and checks that this service's key signed it. */
    public Checkpoint parse(String note) throws InvalidCheckpoint {
        if (note == null || note.length() > 4096) {
            throw new InvalidCheckpoint("a checkpoint is a signed note of a few hundred characters");
        }
        String normalised = note.replace("\r\n", "\n");
        if (!normalised.endsWith("\n")) {
            normalised = normalised + "\n";
        }
        int split = normalised.indexOf("\n\n");
        if (split < 0) {
            throw new InvalidCheckpoint("no signature: a signed note has a blank line before its signature lines");
        }
        String body = normalised.substring(0, split + 1);
        String[] lines = body.split("\n");
        if (lines.length < 3) {
            throw new InvalidCheckpoint("a checkpoint has an origin, a size and a hash line");
        }
        long size;
        byte[] head;
        try {
            size = Long.parseLong(lines[1]);
            head = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidCheckpoint("the size or hash line of the checkpoint is malformed");
        }
        if (size < 0 || head.length != 32) {
            throw new InvalidCheckpoint("the size or hash line of the checkpoint is malformed");
        }
        Instant at = null;
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].startsWith("time ")) {
                try {
                    at = Instant.parse(lines[i].substring(5));
                } catch (RuntimeException e) {
                    throw new InvalidCheckpoint("the time line of the checkpoint is malformed");
                }
            }
        }
        for (String line : normalised.substring(split + 2).split("\n")) {
            if (!line.startsWith(SIGNATURE_PREFIX + keyName + " ")) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(line.substring(SIGNATURE_PREFIX.length() + keyName.length() + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidCheckpoint("the signature line is not base64");
            }
            if (blob.length != 4 + 64 || !Arrays.equals(Arrays.copyOf(blob, 4), keyHash)) {
                continue;
            }
            try {
                Signature ed = Signature.getInstance("Ed25519");
                ed.initVerify(publicKey);
                ed.update(body.getBytes(StandardCharsets.UTF_8));
                if (ed.verify(Arrays.copyOfRange(blob, 4, blob.length))) {
                    return new Checkpoint(lines[0], size, HexFormat.of().formatHex(head), at, normalised);
                }
            } catch (GeneralSecurityException e) {
                throw new InvalidCheckpoint("the signature does not verify");
            }
            throw new InvalidCheckpoint("the signature does not verify: the checkpoint was altered or not signed by this service");
        }
        throw new InvalidCheckpoint("no signature by this service's key '" + keyName + "'");
    }

    public String keyName() {
        return keyName;
    }

    /** The signed-note verifier key: {@code <name>+<key hash hex>+<base64(0x01 || public key)>}. */
    public String verifierKey() {
        byte[] typed = ByteBuffer.allocate(1 + rawPublicKey.length).put(ED25519_ALGORITHM).put(rawPublicKey).array();
        return keyName + "+" + HexFormat.of().formatHex(keyHash) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
