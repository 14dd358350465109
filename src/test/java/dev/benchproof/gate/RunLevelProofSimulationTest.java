package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.stats.RliableAggregates;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The run-level proof under the clustered null of issue 8: each arm has 5 seeds x 100 episodes, a seed
 * effect (sd 0.1), episode noise (sd 0.2) and no true difference. 400 simulated evaluations with a fixed
 * seed; the allowance over alpha is two binomial standard errors, sqrt(0.05 * 0.95 / 400) = 0.011 each.
 * Measured with these seeds: run-level 10/400 (one task) and 14/400 (three tasks) significant, episode-level
 * 268/400 and 314/400; proofs passed 4/400 and 8/400; with a gain of 0.3, 390/400 significant and passed.
 */
class RunLevelProofSimulationTest {

    private static final int DATASETS = 400;
    private static final int SEEDS = 5;
    private static final int EPISODES = 100;
    private static final double SEED_SD = 0.1;
    private static final double EPISODE_SD = 0.2;
    private static final double ALPHA = 0.05;
    private static final double ALLOWANCE = 2 * Math.sqrt(ALPHA * (1 - ALPHA) / DATASETS);
    private static final SignificanceGate GATE = SignificanceGate.withDefaults().withBootstrap(0, 0);

    /** Episode rewards of one arm, {@code [task][seed * EPISODES + episode]}, and their score matrix. */
    private record Arm(double[] pooled, double[][] scores) {
    }

    private static Arm arm(Random random, int tasks, double gain) {
        double[] pooled = new double[tasks * SEEDS * EPISODES];
        double[][] scores = new double[SEEDS][tasks];
        int i = 0;
        for (int s = 0; s < SEEDS; s++) {
            double seedEffect = SEED_SD * random.nextGaussian();
            for (int t = 0; t < tasks; t++) {
                double sum = 0;
                for (int e = 0; e < EPISODES; e++) {
                    double reward = 0.5 + 0.2 * t + gain + seedEffect + EPISODE_SD * random.nextGaussian();
                    pooled[i++] = reward;
                    sum += reward;
                }
                scores[s][t] = sum / EPISODES;
            }
        }
        return new Arm(pooled, scores);
    }

    /** Fractions of datasets called significant: run-level, episode-level, and proofs passed (run-level). */
    private static double[] rates(long seed, int tasks, double gain) {
        Random random = new Random(seed);
        int runLevel = 0;
        int episodeLevel = 0;
        int proofs = 0;
        ProofCriteria criteria = new ProofCriteria(0.05, 0.0, ALPHA, 1 - ALPHA);
        for (int d = 0; d < DATASETS; d++) {
            Arm baseline = arm(random, tasks, 0);
            Arm trained = arm(random, tasks, gain);
            SignificanceOutcome runs = GATE.evaluate(RliableAggregates.runMeans(baseline.scores()),
                    RliableAggregates.runMeans(trained.scores()));
            runLevel += runs.pValue() <= ALPHA ? 1 : 0;
            episodeLevel += GATE.evaluate(baseline.pooled(), trained.pooled()).pValue() <= ALPHA ? 1 : 0;
            SafetyDecision safety = SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, SEEDS, SEEDS));
            proofs += RunLevelProof.judge(criteria, runs, safety, SEEDS, SEEDS).pass() ? 1 : 0;
        }
        return new double[] {(double) runLevel / DATASETS, (double) episodeLevel / DATASETS, (double) proofs / DATASETS};
    }

    @Test
    @DisplayName("issue 8: under the clustered null the run-level test is significant at most alpha of the time; pooled episodes are not")
    void falsePositiveRateIsBoundedByAlphaOneTask() {
        double[] r = rates(8, 1, 0);
        assertTrue(r[0] <= ALPHA + ALLOWANCE, "run-level false-positive rate " + r[0]);
        assertTrue(r[2] <= ALPHA + ALLOWANCE, "run-level proofs passed " + r[2]);
        assertTrue(r[1] > 0.5, "episode-level rate " + r[1] + ": the defect this guards against should show");
    }

    @Test
    @DisplayName("issue 8: with three tasks the run means keep the false-positive rate at alpha")
    void falsePositiveRateIsBoundedByAlphaThreeTasks() {
        double[] r = rates(9, 3, 0);
        assertTrue(r[0] <= ALPHA + ALLOWANCE, "run-level false-positive rate " + r[0]);
    }

    @Test
    @DisplayName("issue 8: a real gain of 0.3 is still detected from 5 runs per arm")
    void keepsItsPowerOnARealGain() {
        double[] r = rates(10, 1, 0.3);
        assertTrue(r[0] >= 0.8, "run-level power " + r[0]);
        assertTrue(r[2] >= 0.8, "proofs passed " + r[2]);
    }
}
