package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.benchproof.io.EpisodeRecords;
import dev.benchproof.io.RunMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * rliable's aggregates and the stratified bootstrap against reference/runs.tsv, written by
 * {@code /usr/bin/python3 scripts/reference/make_runs_reference.py} (numpy/SciPy implementations of
 * google-research/rliable@72fc16c metrics.py). Every case is read from its CSV and its JSON Lines
 * records, so the readers are part of what agrees.
 */
class RliableReferenceTest {

    private static final Path RUNS = Path.of(System.getProperty("benchproof.projectRoot", "."))
            .resolve("src/test/resources/reference/runs");

    /** One case's rows by statistic. */
    private static Map<String, Map<String, Reference.Row>> cases() {
        Map<String, Map<String, Reference.Row>> cases = new LinkedHashMap<>();
        for (Reference.Row row : Reference.rows("runs.tsv")) {
            cases.computeIfAbsent(row.text("case"), c -> new LinkedHashMap<>()).put(row.text("statistic"), row);
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> pointEstimatesEqualRliablesDefinitions() {
        List<DynamicTest> tests = new ArrayList<>();
        cases().forEach((name, rows) -> {
            for (String format : List.of("csv", "jsonl")) {
                tests.add(dynamicTest(name + " (" + format + ")", () -> {
                    AggregateComparison c = compare(name, format, rows, IntervalMethod.PERCENTILE);
                    statistics(c).forEach((statistic, estimate) -> assertRelativelyEquals(
                            rows.get(statistic).number("point"), estimate.point(), statistic));
                }));
            }
        });
        return tests.stream();
    }

    /**
     * Two bootstraps with different generators agree only within Monte Carlo error, and many of these
     * statistics live on a lattice (a probability of improvement of 5 x 5 runs moves in steps of 1/25),
     * so the check is made in probability: numpy's endpoint must lie between benchproof's own draws at
     * levels {@code q -/+ band}, where {@code q} is the level benchproof used (BCa moves it) and the band
     * is four standard errors of the difference of two quantile levels, sqrt(2 q (1 - q) / R), plus 0.005
     * for BCa, whose level itself carries Monte Carlo error.
     */
    @TestFactory
    Stream<DynamicTest> bootstrapIntervalsAgreeWithAnIndependentNumpyBootstrap() {
        List<DynamicTest> tests = new ArrayList<>();
        cases().forEach((name, rows) -> {
            for (IntervalMethod method : IntervalMethod.values()) {
                tests.add(dynamicTest(name + " " + method.key(), () -> {
                    StratifiedBootstrap bootstrap = bootstrap(rows, method);
                    double[][] b = read(name, "baseline", "csv").meanReward();
                    double[][] t = read(name, "trained", "csv").meanReward();
                    StratifiedBootstrap.Resampled run = bootstrap.resampled(b, t, taus(rows));
                    List<String> names = new ArrayList<>(statistics(bootstrap.compare(b, t, taus(rows))).keySet());
                    String prefix = method == IntervalMethod.BCA ? "bca" : "pct";
                    for (int s = 0; s < names.size(); s++) {
                        Reference.Row row = rows.get(names.get(s));
                        double[] levels = bootstrap.levels(run, s);
                        double[] sorted = run.sortedDraws()[s];
                        checkWithin(sorted, levels[0], row.number(prefix + "_low"), method, names.get(s) + " low");
                        checkWithin(sorted, levels[1], row.number(prefix + "_high"), method, names.get(s) + " high");
                        assertEquals(row.number("boot_sd"), run.sds()[s], 0.05 * row.number("boot_sd") + 1e-12,
                                names.get(s) + " bootstrap sd");
                    }
                }));
            }
        });
        return tests.stream();
    }

    private static void checkWithin(double[] sorted, double level, double expected, IntervalMethod method, String what) {
        double band = 4 * Math.sqrt(2 * level * (1 - level) / sorted.length) + (method == IntervalMethod.BCA ? 0.005 : 0);
        double low = Bootstrap.percentile(sorted, Math.max(0, level - band));
        double high = Bootstrap.percentile(sorted, Math.min(1, level + band));
        double slack = 1e-12 * Math.max(1, Math.abs(expected));
        assertTrue(low - slack <= expected && expected <= high + slack,
                what + ": numpy's " + expected + " outside benchproof's [" + low + ", " + high + "] at level " + level);
    }

    private static RunMatrix read(String name, String arm, String format) {
        return EpisodeRecords.read(RUNS.resolve(name + "." + arm + "." + format), EpisodeRecords.ExtraColumns.REJECT);
    }

    private static double[] taus(Map<String, Reference.Row> rows) {
        List<Double> taus = new ArrayList<>();
        for (int k = 0; rows.containsKey("tau_" + k); k++) {
            taus.add(rows.get("tau_" + k).number("point"));
        }
        return taus.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static StratifiedBootstrap bootstrap(Map<String, Reference.Row> rows, IntervalMethod method) {
        return StratifiedBootstrap.withDefaults().with(method).withOptimalityThreshold(rows.get("gamma").number("point"));
    }

    private static AggregateComparison compare(String name, String format, Map<String, Reference.Row> rows,
                                               IntervalMethod method) {
        return bootstrap(rows, method).compare(read(name, "baseline", format).meanReward(),
                read(name, "trained", format).meanReward(), taus(rows));
    }

    /** The comparison's estimates under the reference table's statistic names. */
    private static Map<String, Estimate> statistics(AggregateComparison c) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (AggregateMetric metric : AggregateMetric.values()) {
            out.put(metric.key() + "_baseline", c.of(metric).baseline());
            out.put(metric.key() + "_trained", c.of(metric).trained());
            out.put(metric.key() + "_delta", c.of(metric).delta());
        }
        out.put("poi", c.probabilityOfImprovement());
        for (int k = 0; k < c.thresholds().size(); k++) {
            out.put("profile_baseline_" + k, c.profileBaseline().get(k));
            out.put("profile_trained_" + k, c.profileTrained().get(k));
        }
        return out;
    }

    private static void assertRelativelyEquals(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(expected - actual) <= Reference.TOLERANCE * scale + 1e-15,
                what + ": expected " + expected + ", got " + actual);
    }
}
