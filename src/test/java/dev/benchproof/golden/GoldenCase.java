package dev.benchproof.golden;

import dev.benchproof.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden case, {@code golden/<command>/<case>/}: its inputs, {@code args.txt} (one argument per
 * line) and the approved outputs.
 *
 * <p>Paths are made location-independent like this. In {@code args.txt} every path is relative to
 * the case directory, and the output directory is spelled {@code out} (or {@code out/...}). The test
 * rewrites each argument naming a file or directory of the case into its absolute path, and
 * {@code out} into a fresh temporary directory; then, in everything the command wrote or printed,
 * it replaces that temporary directory by {@code out} again and strips the case directory prefix.
 * So each approved file is byte for byte what {@code cd golden/<command>/<case> && bin/benchproof
 * $(cat args.txt)} writes into {@code out/} (the proof records {@code out/m24-...json}, exactly as
 * the contract says for {@code --output-dir out}).
 */
record GoldenCase(String command, String name, Path dir) {

    static final String OUT = "out";

    /** Every case under {@code root}, sorted by command, then case. */
    static List<GoldenCase> discover(Path root) throws IOException {
        List<GoldenCase> cases = new ArrayList<>();
        try (Stream<Path> commands = Files.list(root)) {
            for (Path commandDir : commands.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> names = Files.list(commandDir)) {
                    for (Path caseDir : names.filter(p -> Files.isRegularFile(p.resolve("args.txt"))).sorted().toList()) {
                        cases.add(new GoldenCase(commandDir.getFileName().toString(),
                                caseDir.getFileName().toString(), caseDir.toAbsolutePath().normalize()));
                    }
                }
            }
        }
        return cases;
    }

    /** The repository's golden/ directory (surefire passes the project root). */
    static Path root() {
        return Path.of(System.getProperty("benchproof.projectRoot", ".")).resolve("golden").toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return command + "/" + name;
    }

    List<String> args() throws IOException {
        String text = Files.readString(dir.resolve("args.txt"), StandardCharsets.UTF_8);
        return text.lines().filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The extension stdout is approved under: {@code .json} for json, {@code .sarif} for sarif (a JSON
     * document with a foreign {@code $schema}, checked by SarifOutputTest instead), {@code .xml} for junit,
     * else {@code .txt}.
     */
    String stdoutExtension() throws IOException {
        List<String> args = args();
        int i = args.indexOf("--format");
        String format = i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "text";
        return switch (format) {
            case "json" -> ".json";
            case "sarif" -> ".sarif";
            case "junit" -> ".xml";
            default -> ".txt";
        };
    }

    /** What one run produced, already made location-independent. */
    record Outcome(int exitCode, String stdout, String stderr, Map<String, String> files, List<String> strayFiles) {
    }

    /** Runs the command in-process with its output directory at {@code temp/out}. */
    Outcome run(Path temp) throws IOException {
        Path out = temp.resolve(OUT);
        List<String> args = new ArrayList<>();
        for (String arg : args()) {
            args.add(rewrite(arg, out));
        }
        List<String> before = listFiles(dir);
        CliRun run = CliRun.run(args.toArray());

        Map<String, String> files = new TreeMap<>();
        List<String> stray = new ArrayList<>();
        for (String relative : listFiles(temp)) {
            if (relative.startsWith(OUT + "/") && relative.indexOf('/', OUT.length() + 1) < 0) {
                byte[] bytes = Files.readAllBytes(temp.resolve(relative));
                files.put(relative.substring(OUT.length() + 1), scrub(new String(bytes, StandardCharsets.UTF_8), out));
            } else {
                stray.add("<temp>/" + relative);
            }
        }
        List<String> after = listFiles(dir);
        after.removeAll(before);
        after.forEach(f -> stray.add(this + "/" + f + " (written into the case directory)"));
        return new Outcome(run.code(), scrub(run.out(), out), scrub(run.err(), out), files, stray);
    }

    private String rewrite(String arg, Path out) {
        if (arg.equals(OUT)) {
            return out.toString();
        }
        if (arg.startsWith(OUT + "/")) {
            return out.resolve(arg.substring(OUT.length() + 1)).toString();
        }
        if (!arg.startsWith("-") && !arg.isEmpty() && Files.exists(dir.resolve(arg))) {
            return dir.resolve(arg).toString();
        }
        return arg;
    }

    private String scrub(String text, Path out) {
        return text.replace(out.toString(), OUT).replace(dir + "/", "").replace(dir.toString(), ".");
    }

    private static List<String> listFiles(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return new ArrayList<>();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile)
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.contains(".received."))
                    .sorted()
                    .toList());
        }
    }
}
