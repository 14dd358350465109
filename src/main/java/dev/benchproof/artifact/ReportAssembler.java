package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.PublicationPaths;
import dev.benchproof.contract.Timestamps;
import dev.benchproof.gate.SampleDesign;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.BenchmarkSuite;
import dev.benchproof.model.v1.BootstrapInterval;
import dev.benchproof.model.v1.EffectSizes;
import dev.benchproof.model.v1.MannWhitneyTest;
import dev.benchproof.model.v1.PairedTests;
import dev.benchproof.model.v1.ReportMetrics;
import dev.benchproof.model.v1.ReportPublication;
import dev.benchproof.model.v1.ReportRetention;
import dev.benchproof.model.v1.ReportSignificance;
import dev.benchproof.model.v1.SignificanceTests;
import dev.benchproof.model.v1.WelchTest;
import dev.benchproof.stats.Alternative;

/** Fills benchmark reports (baseline, trained, significance) from measurements and a significance outcome. */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    /** A baseline or trained report. */
    public static BenchmarkReport arm(BenchmarkReport.ReportKind kind, RunContext run, RetentionPolicy retention,
                                      long episodes, double meanReward, double meanSafetyPenalty) {
        return base(kind, run, retention, new ReportMetrics()
                .withEpisodes(episodes)
                .withMeanReward(meanReward)
                .withMeanSafetyPenalty(meanSafetyPenalty));
    }

    /** The significance report; its metrics are the trained checkpoint's. */
    public static BenchmarkReport significance(RunContext run, RetentionPolicy retention, SignificanceOutcome outcome,
                                               double baselineSafetyPenalty, double trainedSafetyPenalty) {
        BenchmarkReport report = base(BenchmarkReport.ReportKind.SIGNIFICANCE, run, retention, new ReportMetrics()
                .withEpisodes(outcome.trained().count())
                .withMeanReward(outcome.trained().mean())
                .withMeanSafetyPenalty(trainedSafetyPenalty));
        return report.withSignificance(new ReportSignificance()
                .withAlpha(outcome.alpha())
                .withpValue(outcome.pValue())
                .withConfidenceLevel(outcome.confidenceLevel())
                .withMeanDelta(outcome.meanDelta())
                .withDeltaCiLow(IntervalEnds.orNull(outcome.deltaInterval().low()))
                .withDeltaCiHigh(IntervalEnds.orNull(outcome.deltaInterval().high()))
                .withPass(outcome.pass())
                .withBaselineMeanReward(outcome.baseline().mean())
                .withTrainedMeanReward(outcome.trained().mean())
                .withBaselineMeanSafetyPenalty(baselineSafetyPenalty)
                .withTrainedMeanSafetyPenalty(trainedSafetyPenalty)
                .withBaselineEpisodes(outcome.baseline().count())
                .withTrainedEpisodes(outcome.trained().count())
                .withTests(tests(outcome))
                .withEffectSizes(new EffectSizes()
                        .withPooledStdDev(outcome.pooledStdDev())
                        .withCohensD(outcome.cohensD())
                        .withHedgesG(outcome.hedgesG())));
    }

    private static SignificanceTests tests(SignificanceOutcome outcome) {
        return new SignificanceTests()
                .withPrimary(outcome.design() == SampleDesign.PAIRED
                        ? SignificanceTests.Primary.PAIRED_T : SignificanceTests.Primary.WELCH)
                .withAlternative(outcome.alternative() == Alternative.GREATER
                        ? SignificanceTests.Alternative.GREATER : SignificanceTests.Alternative.TWO_SIDED)
                .withWelch(new WelchTest()
                        .withStatistic(outcome.welch().statistic())
                        .withDegreesOfFreedom(outcome.welch().degreesOfFreedom())
                        .withpValue(outcome.welch().pValue())
                        .withDeltaCiLow(IntervalEnds.orNull(outcome.welch().deltaInterval().low()))
                        .withDeltaCiHigh(IntervalEnds.orNull(outcome.welch().deltaInterval().high())))
                .withMannWhitney(new MannWhitneyTest()
                        .withU(outcome.mannWhitney().u())
                        .withZ(outcome.mannWhitney().z())
                        .withpValue(outcome.mannWhitney().pValue())
                        .withProbabilityOfImprovement(outcome.mannWhitney().probabilityOfImprovement()))
                .withBootstrap(outcome.bootstrap().map(interval -> new BootstrapInterval()
                        .withResamples((long) outcome.bootstrapResamples())
                        .withSeed(outcome.bootstrapSeed())
                        .withDeltaCiLow(IntervalEnds.orNull(interval.low()))
                        .withDeltaCiHigh(IntervalEnds.orNull(interval.high()))).orElse(null))
                .withPaired(outcome.pairedT().map(t -> new PairedTests()
                        .withtStatistic(t.statistic())
                        .withtPValue(t.pValue())
                        .withDeltaCiLow(IntervalEnds.orNull(t.deltaInterval().low()))
                        .withDeltaCiHigh(IntervalEnds.orNull(t.deltaInterval().high()))
                        .withWilcoxonStatistic(outcome.wilcoxon().orElseThrow().statistic())
                        .withWilcoxonPValue(outcome.wilcoxon().orElseThrow().pValue())).orElse(null));
    }

    private static BenchmarkReport base(BenchmarkReport.ReportKind kind, RunContext run, RetentionPolicy retention,
                                        ReportMetrics metrics) {
        String kindName = kind.value();
        return new BenchmarkReport()
                .with$schema(ArtifactKind.BENCHMARK_REPORT.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withReportKind(kind)
                .withRunId(run.runId())
                .withGeneratedAt(Timestamps.format(run.generatedAt()))
                .withBenchmarkSuite(new BenchmarkSuite().withName(run.suiteName()).withVersion(run.suiteVersion()))
                .withMetrics(metrics)
                .withPublication(new ReportPublication()
                        .withReportPath(PublicationPaths.reportPath(run.runId(), kindName))
                        .withArchivePath(PublicationPaths.archivePath(run.runId(), kindName, run.generatedAt())))
                .withRetention(new ReportRetention()
                        .withPolicy(retention.policy())
                        .withRetainDays(retention.retainDays())
                        .withArchiveAfterDays(retention.archiveAfterDays())
                        .withPurgeAfter(PublicationPaths.purgeAfter(run.generatedAt(), retention.retainDays())));
    }
}
