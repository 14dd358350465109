package dev.benchproof.artifact;

import java.util.List;
import java.util.Optional;

/**
 * What an aggregate comparison compared, as its artifact's {@code design} records it.
 *
 * @param tasks task names, sorted
 * @param baselineRuns baseline runs
 * @param trainedRuns trained runs
 * @param baselineEpisodes baseline episode records
 * @param trainedEpisodes trained episode records
 * @param normalization per task (in {@code tasks} order) the min and max, when scores were normalized
 * @param optimalityThreshold gamma of the optimality gap
 */
public record ComparisonDesign(List<String> tasks, int baselineRuns, int trainedRuns, long baselineEpisodes,
                               long trainedEpisodes, Optional<List<TaskRange>> normalization, double optimalityThreshold) {

    /** One task's reference scores. */
    public record TaskRange(String task, double min, double max) {
    }

    public ComparisonDesign {
        tasks = List.copyOf(tasks);
        normalization = normalization.map(List::copyOf);
    }

    /** Several tasks aggregated on raw scores: different scales, so the aggregates mean little. */
    public boolean unnormalizedMultiTask() {
        return tasks.size() > 1 && normalization.isEmpty();
    }
}
