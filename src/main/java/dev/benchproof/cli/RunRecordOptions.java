package dev.benchproof.cli;

import dev.benchproof.artifact.ComparisonDesign;
import dev.benchproof.BadInputException;
import dev.benchproof.io.EpisodeRecords;
import dev.benchproof.io.RunMatrix;
import dev.benchproof.stats.MinMaxNormalization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The two episode-record files of a run-level comparison, and how their scores are normalized. */
final class RunRecordOptions {

    @Option(names = "--baseline-runs", required = true, paramLabel = "FILE",
            description = "Baseline episode records: .csv (header task,seed,reward[,episode][,safety_penalty]) or .jsonl/.ndjson.")
    Path baseline;

    @Option(names = "--trained-runs", required = true, paramLabel = "FILE",
            description = "Trained episode records, in the same form.")
    Path trained;

    @Option(names = "--ignore-extra-columns",
            description = "Skip columns or keys other than task, seed, reward, episode and safety_penalty instead of rejecting them.")
    boolean ignoreExtraColumns;

    @Option(names = "--task-scores", paramLabel = "FILE",
            description = "JSON {task: {\"min\": a, \"max\": b}}: normalize each run's score to (x - a) / (b - a).")
    Path taskScores;

    /** Both arms' score matrices, raw and as compared (normalized when --task-scores is given). */
    record Runs(RunMatrix baseline, RunMatrix trained, double[][] baselineScores, double[][] trainedScores,
                Optional<List<ComparisonDesign.TaskRange>> normalization) {

        ComparisonDesign design(double optimalityThreshold) {
            return new ComparisonDesign(baseline.tasks(), baseline.runs(), trained.runs(), baseline.totalEpisodes(),
                    trained.totalEpisodes(), normalization, optimalityThreshold);
        }
    }

    Runs read() {
        EpisodeRecords.ExtraColumns extra = ignoreExtraColumns ? EpisodeRecords.ExtraColumns.IGNORE : EpisodeRecords.ExtraColumns.REJECT;
        RunMatrix b = EpisodeRecords.read(baseline, extra);
        RunMatrix t = EpisodeRecords.read(trained, extra);
        RunMatrix.requireSameTasks(b, t);
        if (taskScores == null) {
            return new Runs(b, t, b.meanReward(), t.meanReward(), Optional.empty());
        }
        Map<String, double[]> ranges = Inputs.taskScores(taskScores);
        List<ComparisonDesign.TaskRange> used = new ArrayList<>();
        double[] min = new double[b.tasks().size()];
        double[] max = new double[min.length];
        for (int i = 0; i < min.length; i++) {
            String task = b.tasks().get(i);
            double[] range = ranges.get(task);
            if (range == null) {
                throw new BadInputException(taskScores + ": task \"" + task + "\" has no min and max: --task-scores needs every task");
            }
            if (range[0] == range[1]) {
                throw new BadInputException(taskScores + ": /" + task + ": max must differ from min");
            }
            min[i] = range[0];
            max[i] = range[1];
            used.add(new ComparisonDesign.TaskRange(task, range[0], range[1]));
        }
        MinMaxNormalization normalization = new MinMaxNormalization(min, max);
        return new Runs(b, t, normalization.apply(b.meanReward()), normalization.apply(t.meanReward()), Optional.of(used));
    }
}
