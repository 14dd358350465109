package dev.benchproof.io;

import dev.benchproof.BadInputException;
import java.util.Arrays;
import java.util.List;

/**
 * One arm's episode records reduced to rliable's score matrix: one row per run (seed), one column
 * per task, each cell the mean episode reward of that run on that task.
 *
 * <p>Rows are the seeds in sorted order and columns the tasks in sorted order, so the same records
 * in any order give the same matrix (and the same bootstrap draws). Every cell has at least one
 * episode: {@link EpisodeRecords} rejects a missing (seed, task) pair.
 *
 * @param source the file the records came from, for messages
 * @param tasks task names, sorted
 * @param seeds run names, sorted ({@code 7} and {@code "7"} are the same run)
 * @param meanReward {@code [run][task]} mean episode reward
 * @param meanSafetyPenalty {@code [run][task]} mean episode safety penalty, or null when the records carry none
 * @param episodes {@code [run][task]} number of episodes
 * @param totalEpisodes number of records read
 */
public record RunMatrix(String source, List<String> tasks, List<String> seeds, double[][] meanReward,
                        double[][] meanSafetyPenalty, long[][] episodes, long totalEpisodes) {

    public RunMatrix {
        tasks = List.copyOf(tasks);
        seeds = List.copyOf(seeds);
    }

    public int runs() {
        return seeds.size();
    }

    public boolean hasSafetyPenalties() {
        return meanSafetyPenalty != null;
    }

    /**
     * Mean safety penalty of the arm: the mean of the per-run means (the run is the unit, so a run
     * with more episodes weighs no more), or empty without penalties.
     */
    public double[] runSafetyPenalties() {
        if (meanSafetyPenalty == null) {
            return null;
        }
        double[] perRun = new double[runs()];
        for (int r = 0; r < perRun.length; r++) {
            perRun[r] = Arrays.stream(meanSafetyPenalty[r]).sum() / tasks.size();
        }
        return perRun;
    }

    /**
     * Both arms must be measured on the same tasks: the score matrices are compared column by column.
     *
     * @throws BadInputException naming the first task one arm lacks
     */
    public static void requireSameTasks(RunMatrix baseline, RunMatrix trained) {
        for (String task : baseline.tasks) {
            if (!trained.tasks.contains(task)) {
                throw new BadInputException(trained.source + ": task \"" + task + "\" of " + baseline.source
                        + " has no episodes: both arms need the same tasks");
            }
        }
        for (String task : trained.tasks) {
            if (!baseline.tasks.contains(task)) {
                throw new BadInputException(baseline.source + ": task \"" + task + "\" of " + trained.source
                        + " has no episodes: both arms need the same tasks");
            }
        }
    }
}
