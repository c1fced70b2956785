import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints an RS256-signed development JWT for the Mekong JTF services.
 *
 * <p>JDK only, single file. Run it with the source launcher:
 *
 * <pre>
 *   java dev/DevToken.java --officer officer-7 --roles investigator,analyst
 * </pre>
 *
 * <p>Only the token is written to stdout, so the output can be captured directly:
 * {@code TOKEN=$(java dev/DevToken.java)}.
 */
public final class DevToken {

    private static final String PROGRAM = "DevToken";
    private static final String DEFAULT_KEY = "dev/keys/jwt-private.pem";

    private DevToken() {
    }

    /** Thrown for bad command-line usage; reported with exit code 2. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Parsed options with their defaults. */
    private static final class Options {
        String officer = "officer-1";
        String agency = "VN-C04";
        String country = "VN";
        List<String> roles = List.of("investigator");
        long ttlMinutes = 480;
        String issuer = "https://dev.mekong-jtf.local/issuer";
        String audience = "mekong-jtf";
        String keyPath;
        boolean help;
    }

    public static void main(String[] args) {
        try {
            Options options = parse(args);
            if (options.help) {
                System.out.print(usage());
                System.out.flush();
                return;
            }
            Path key = resolveKey(options.keyPath);
            String token = mint(options, key);
            System.out.println(token);
            System.out.flush();
        } catch (UsageException e) {
            System.err.println(PROGRAM + ": " + e.getMessage());
            System.err.println("Run with --help for usage.");
            System.exit(2);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            System.err.println(PROGRAM + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: java dev/DevToken.java [options]",
                "",
                "Mints an RS256-signed development JWT and prints only the token on stdout.",
                "",
                "Options (each also accepted as --name=value):",
                "  --officer ID       subject / upn claim              (default: officer-1)",
                "  --agency CODE      agency claim                     (default: VN-C04)",
                "  --country CC       country claim                    (default: VN)",
                "  --roles r1,r2      groups claim, comma separated    (default: investigator)",
                "  --ttl MINUTES      lifetime in minutes              (default: 480)",
                "  --issuer URL       iss claim      (default: https://dev.mekong-jtf.local/issuer)",
                "  --audience AUD     aud claim                        (default: mekong-jtf)",
                "  --key PATH         PKCS#8 PEM private key",
                "                     (default: dev/keys/jwt-private.pem in the repository root,",
                "                      located from this program's path or the working directory)",
                "  -h, --help         show this help",
                "",
                "Example:",
                "  TOKEN=$(java dev/DevToken.java --officer officer-7 --roles investigator,analyst)",
                "  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8080/...",
                "");
    }

    // ------------------------------------------------------------------ options

    private static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                o.help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq >= 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                if (!isKnown(name)) {
                    throw new UsageException("unknown option '" + name + "'");
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--officer":
                    o.officer = nonBlank(name, value);
                    break;
                case "--agency":
                    o.agency = nonBlank(name, value);
                    break;
                case "--country":
                    o.country = nonBlank(name, value);
                    break;
                case "--roles":
                    o.roles = parseRoles(value);
                    break;
                case "--ttl":
                    o.ttlMinutes = parseTtl(value);
                    break;
                case "--issuer":
                    o.issuer = nonBlank(name, value);
                    break;
                case "--audience":
                    o.audience = nonBlank(name, value);
                    break;
                case "--key":
                    o.keyPath = nonBlank(name, value);
                    break;
                default:
                    throw new UsageException("unknown option '" + name + "'");
            }
        }
        return o;
    }

    private static boolean isKnown(String name) {
        switch (name) {
            case "--officer":
            case "--agency":
            case "--country":
            case "--roles":
            case "--ttl":
            case "--issuer":
            case "--audience":
            case "--key":
                return true;
            default:
                return false;
        }
    }

    private static String nonBlank(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("option " + name + " must not be empty");
        }
        return value;
    }

    private static List<String> parseRoles(String value) throws UsageException {
        List<String> roles = new ArrayList<>();
        for (String part : value.split(",")) {
            String role = part.trim();
            if (!role.isEmpty() && !roles.contains(role)) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            throw new UsageException("--roles needs at least one role, e.g. --roles investigator,analyst");
        }
        return roles;
    }

    private static long parseTtl(String value) throws UsageException {
        long ttl;
        try {
            ttl = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--ttl must be a whole number of minutes, got '" + value + "'");
        }
        if (ttl <= 0 || ttl > 525_600) {
            throw new UsageException("--ttl must be between 1 and 525600 minutes, got " + ttl);
        }
        return ttl;
    }

    // ------------------------------------------------------------------ key lookup

    private static Path resolveKey(String explicit) throws IOException {
        if (explicit != null) {
            Path p = Paths.get(explicit);
            if (!Files.isRegularFile(p)) {
                throw new IOException("private key not found: " + p.toAbsolutePath());
            }
            return p;
        }
        List<Path> tried = new ArrayList<>();
        // 1. Relative to this program's own source file (dev/DevToken.java -> repo root).
        Optional<Path> self = ownSourceFile();
        if (self.isPresent()) {
            Path devDir = self.get().toAbsolutePath().normalize().getParent();
            if (devDir != null && devDir.getParent() != null) {
                Path candidate = devDir.getParent().resolve(DEFAULT_KEY);
                tried.add(candidate);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        // 2. The working directory and its ancestors.
        Path dir = Paths.get("").toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(DEFAULT_KEY);
            tried.add(candidate);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        StringBuilder msg = new StringBuilder("cannot find " + DEFAULT_KEY + "; pass --key PATH. Looked at:");
        for (Path p : new java.util.LinkedHashSet<>(tried)) {
            msg.append(System.lineSeparator()).append("  ").append(p);
        }
        throw new IOException(msg.toString());
    }

    /**
     * Finds the path of this source file. The JDK source launcher loads the class from memory,
     * so the class has no code source; the file name is taken from the process command line.
     * When compiled normally, the class location is used instead.
     */
    private static Optional<Path> ownSourceFile() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isPresent()) {
            for (String a : arguments.get()) {
                if (a.endsWith("DevToken.java")) {
                    try {
                        Path p = Paths.get(a);
                        if (Files.isRegularFile(p)) {
                            return Optional.of(p);
                        }
                    } catch (InvalidPathException ignored) {
                        // not a path; keep looking
                    }
                }
            }
        }
        try {
            var source = DevToken.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null
                    && "file".equals(source.getLocation().getProtocol())) {
                Path location = Paths.get(source.getLocation().toURI());
                // a class directory such as <repo>/dev -> pretend the source lives in it
                return Optional.of(location.resolve("DevToken.java"));
            }
        } catch (Exception ignored) {
            // fall back to the working directory
        }
        return Optional.empty();
    }

    private static PrivateKey loadPrivateKey(Path path) throws IOException, GeneralSecurityException {
        String pem = Files.readString(path, StandardCharsets.US_ASCII);
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new GeneralSecurityException(path + " is a PKCS#1 key; convert it to PKCS#8 with: "
                    + "openssl pkcs8 -topk8 -nocrypt -in " + path + " -out jwt-private.pem");
        }
        String begin = "-----BEGIN PRIVATE KEY-----";
        String end = "-----END PRIVATE KEY-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new GeneralSecurityException(path + " is not a PKCS#8 PEM private key ('" + begin + "' not found)");
        }
        String body = pem.substring(b + begin.length(), e).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException ex) {
            throw new GeneralSecurityException(path + ": invalid base64 in PEM body", ex);
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    // ------------------------------------------------------------------ token

    private static String mint(Options o, Path keyPath) throws IOException, GeneralSecurityException {
        PrivateKey key = loadPrivateKey(keyPath);
        long now = Instant.now().getEpochSecond();
        long exp = now + o.ttlMinutes * 60L;

        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

        StringBuilder claims = new StringBuilder(256);
        claims.append('{');
        field(claims, "iss", o.issuer).append(',');
        field(claims, "aud", o.audience).append(',');
        field(claims, "sub", o.officer).append(',');
        claims.append("\"iat\":").append(now).append(',');
        claims.append("\"exp\":").append(exp).append(',');
        field(claims, "jti", UUID.randomUUID().toString()).append(',');
        claims.append("\"groups\":[");
        for (int i = 0; i < o.roles.size(); i++) {
            if (i > 0) {
                claims.append(',');
            }
            quote(claims, o.roles.get(i));
        }
        claims.append("],");
        field(claims, "agency", o.agency).append(',');
        field(claims, "country", o.country).append(',');
        field(claims, "upn", o.officer);
        claims.append('}');

        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + '.' + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + '.' + b64.encodeToString(signer.sign());
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        quote(sb, name);
        sb.append(':');
        return quote(sb, value);
    }

    /** Appends {@code s} as a JSON string literal (RFC 8259 escaping). */
    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"');
    }
}
