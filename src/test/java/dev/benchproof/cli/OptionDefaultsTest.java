package dev.benchproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.SafetyGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Each default is declared once, in the gate it belongs to, and the command line reads it. These tests
 * catch a default written a second time: an option whose default differs between commands, or a README
 * that documents another value than the command has.
 */
class OptionDefaultsTest {

    private static final Pattern DOCUMENTED = Pattern.compile("`(--[a-z-]+)` \\(`?([^)`]+)`?\\)");

    private static Map<String, String> defaults(String command) {
        Map<String, String> out = new LinkedHashMap<>();
        CommandLine sub = BenchproofCommand.commandLine().getSubcommands().get(command);
        for (OptionSpec option : sub.getCommandSpec().options()) {
            String value = option.defaultValueString();
            if (value != null) {
                out.put(option.longestName(), value);
            }
        }
        return out;
    }

    private static boolean numeric(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean same(String a, String b) {
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    @Test
    void aThresholdSharedByCommandsHasOneDefault() {
        Map<String, String> seen = new HashMap<>();
        Map<String, String> seenIn = new HashMap<>();
        for (String command : BenchproofCommand.commandLine().getSubcommands().keySet()) {
            defaults(command).forEach((option, value) -> {
                if (!numeric(value)) {
                    return; // file names differ by command on purpose; thresholds must not
                }
                // The contract gives the proof a stricter safety threshold than the standalone gate.
                String key = option.equals("--max-safety-regression") && command.equals("proof") ? "proof " + option
                        : option;
                String earlier = seen.putIfAbsent(key, value);
                if (earlier != null && !same(earlier, value)) {
                    throw new AssertionError(option + " defaults to " + earlier + " in " + seenIn.get(key) + " but to "
                            + value + " in " + command);
                }
                seenIn.putIfAbsent(key, command);
            });
        }
    }

    @Test
    void safetyThresholdsComeFromTheirGates() {
        assertEquals(ProofCriteria.DEFAULTS.maxSafetyRegression(),
                Double.parseDouble(defaults("proof").get("--max-safety-regression")));
        for (String command : List.of("safety", "evaluate")) {
            assertEquals(SafetyGate.DEFAULT_MAX_SAFETY_REGRESSION,
                    Double.parseDouble(defaults(command).get("--max-safety-regression")), command);
        }
    }

    @Test
    void readmeDocumentsTheProofDefaultsTheCommandHas() throws IOException {
        Path readme = Path.of(System.getProperty("benchproof.projectRoot", ".")).resolve("README.md");
        String proofRow = Files.readAllLines(readme, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `proof` |")).findFirst().orElseThrow();
        Map<String, String> actual = defaults("proof");
        Matcher m = DOCUMENTED.matcher(proofRow);
        int checked = 0;
        while (m.find()) {
            String option = m.group(1);
            if (m.group(2).equals("required")) {
                continue;
            }
            assertFalse(!actual.containsKey(option), "README documents a default for " + option + ", which has none");
            assertEquals(true, same(m.group(2), actual.get(option)),
                    "README says " + option + " defaults to " + m.group(2) + ", the command to " + actual.get(option));
            checked++;
        }
        assertEquals(true, checked >= 8, "README's proof row documents the defaults (" + checked + " found)");
    }
}
