import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Summarises an async-profiler "collapsed" file (one line per distinct stack: frames joined by ';',
 * then the sample count) for bench/profile.sh: where the CPU went, by what a reader of this code
 * base can act on.
 * <ul>
 *   <li>by route handler: the Vert.x Web handler a sample ran in (the frame after the last
 *       {@code RouteState.handleContext}), so a filter's own cost is apart from the handlers it calls
 *       next; samples outside any route handler are HTTP parsing, the proxy's response path, I/O;</li>
 *   <li>by activity: kernel, JIT compiler, garbage collector, everything else;</li>
 *   <li>the frames the samples were in (self time).</li>
 * </ul>
 * Usage: {@code java bench/ProfileSummary.java FILE [TOP]}
 */
public class ProfileSummary {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/ProfileSummary.java FILE.collapsed [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Map<String, Long> byHandler = new HashMap<>();
        Map<String, Long> byActivity = new HashMap<>();
        Map<String, Long> bySelf = new HashMap<>();
        long total = 0;
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long samples = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            total += samples;
            byHandler.merge(handler(frames), samples, Long::sum);
            byActivity.merge(activity(frames), samples, Long::sum);
            bySelf.merge(frames[frames.length - 1], samples, Long::sum);
        }
        System.out.printf("%,d samples%n", total);
        print("by route handler", byHandler, total, top, Function.identity());
        print("by activity", byActivity, total, top, Function.identity());
        print("frames the samples were in (self)", bySelf, total, top, ProfileSummary::shorten);
    }

    private static String handler(String[] frames) {
        for (int i = frames.length - 2; i >= 0; i--) {
            if (frames[i].contains("RouteState.handleContext")) {
                // A handler given as a lambda or method reference is named by the method it calls.
                boolean lambda = frames[i + 1].contains("$$Lambda") && i + 2 < frames.length;
                return shorten(frames[lambda ? i + 2 : i + 1]);
            }
        }
        return "(no route handler: HTTP parsing, proxied responses, I/O, other threads)";
    }

    private static String activity(String[] frames) {
        String leaf = frames[frames.length - 1];
        String root = frames[0];
        String all = String.join(";", frames);
        if (all.contains("CompileBroker") || all.contains("C2Compiler") || all.contains("C1Compiler")) {
            return "JIT compiler";
        }
        if (root.startsWith("GC") || root.startsWith("G1") || all.contains("GCTaskThread") || all.contains("G1ConcurrentRefine")) {
            return "garbage collector";
        }
        if (leaf.endsWith("_[k]")) {
            return "kernel (system calls, network, scheduling)";
        }
        return "Java and native code of the process";
    }

    /** Lambda classes carry their address in their name: one lambda is one line whatever its address. */
    private static String shorten(String frame) {
        String name = frame.replaceAll("([$][$]Lambda[$]?[0-9]*)[./]0x[0-9a-f]+", "$1");
        return name.length() > 140 ? name.substring(0, 140) + "…" : name;
    }

    private static void print(String title, Map<String, Long> counts, long total, int top, Function<String, String> label) {
        System.out.printf("%n-- %s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / total, label.apply(e.getKey())));
    }
}
