package dev.benchproof.io;

import dev.benchproof.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates episode records into per-(seed, task) sums as they stream past: memory grows with the
 * number of cells, never with the number of episodes. Sums are compensated (Neumaier), so a mean
 * over a million episodes keeps full double precision.
 */
final class RunCells {

    private final String source;
    private final EpisodeRecords.Limits limits;
    private final Map<String, Integer> taskIndex = new HashMap<>();
    private final Map<String, Integer> seedIndex = new HashMap<>();
    private final List<String> taskNames = new ArrayList<>();
    private final List<String> seedNames = new ArrayList<>();
    private double[][] rewardSum = new double[4][4];
    private double[][] rewardComp = new double[4][4];
    private double[][] safetySum = new double[4][4];
    private double[][] safetyComp = new double[4][4];
    private long[][] count = new long[4][4];
    private long total;
    private String lastTask;
    private String lastSeed;
    private int lastTaskIndex;
    private int lastSeedIndex;

    RunCells(String source, EpisodeRecords.Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Adds one episode, read from line {@code line} of the file (which a limit error names; the
     * message is made only then, since this runs once per record).
     */
    void add(String task, String seed, double reward, double safetyPenalty, long line) {
        if (total == limits.maxRecords()) {
            throw new BadInputException(source + ":" + line + ": more than " + limits.maxRecords() + " episode records");
        }
        // Records come grouped by run and task, and a reader passes the same string again for the same
        // name, so the last lookup usually answers without hashing.
        if (task != lastTask) {
            lastTaskIndex = index(taskIndex, taskNames, task, limits.maxTasks(), "tasks", line);
            lastTask = task;
        }
        if (seed != lastSeed) {
            lastSeedIndex = index(seedIndex, seedNames, seed, limits.maxSeeds(), "seeds", line);
            lastSeed = seed;
        }
        int t = lastTaskIndex;
        int s = lastSeedIndex;
        if (s >= count.length || t >= count[0].length) {
            grow(Math.max(count.length, s + 1), Math.max(count[0].length, t + 1));
        }
        neumaier(rewardSum, rewardComp, s, t, reward);
        if (safetyPenalty != 0) { // adding zero changes neither sum nor compensation (both start at +0.0)
            neumaier(safetySum, safetyComp, s, t, safetyPenalty);
        }
        count[s][t]++;
        total++;
    }

    private static void neumaier(double[][] sum, double[][] comp, int s, int t, double x) {
        double old = sum[s][t];
        double next = old + x;
        comp[s][t] += Math.abs(old) >= Math.abs(x) ? (old - next) + x : (x - next) + old;
        sum[s][t] = next;
    }

    private int index(Map<String, Integer> map, List<String> names, String key, int max, String what, long line) {
        Integer i = map.get(key);
        if (i != null) {
            return i;
        }
        if (names.size() == max) {
            throw new BadInputException(source + ":" + line + ": more than " + max + " distinct " + what);
        }
        map.put(key, names.size());
        names.add(key);
        return names.size() - 1;
    }

    private void grow(int seeds, int tasks) {
        int s = Math.max(seeds, Math.min(limits.maxSeeds(), 2 * count.length));
        int t = Math.max(tasks, Math.min(limits.maxTasks(), 2 * count[0].length));
        if ((long) s * t > limits.maxCells()) {
            s = seeds;
            t = tasks;
            if ((long) s * t > limits.maxCells()) {
                throw new BadInputException(source + ": more than " + limits.maxCells() + " (seed, task) pairs");
            }
        }
        rewardSum = resize(rewardSum, s, t);
        rewardComp = resize(rewardComp, s, t);
        safetySum = resize(safetySum, s, t);
        safetyComp = resize(safetyComp, s, t);
        long[][] c = new long[s][t];
        for (int i = 0; i < count.length; i++) {
            System.arraycopy(count[i], 0, c[i], 0, count[i].length);
        }
        count = c;
    }

    private static double[][] resize(double[][] a, int rows, int cols) {
        double[][] b = new double[rows][cols];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, b[i], 0, a[i].length);
        }
        return b;
    }

    /**
     * The score matrix, rows and columns sorted by name.
     *
     * @throws BadInputException for an empty file or a seed without episodes of some task
     */
    RunMatrix toMatrix(boolean withSafety) {
        if (total == 0) {
            throw new BadInputException(source + ": no episode records");
        }
        String[] tasks = taskNames.toArray(String[]::new);
        String[] seeds = seedNames.toArray(String[]::new);
        Arrays.sort(tasks);
        Arrays.sort(seeds);
        double[][] reward = new double[seeds.length][tasks.length];
        double[][] safety = withSafety ? new double[seeds.length][tasks.length] : null;
        long[][] episodes = new long[seeds.length][tasks.length];
        for (int r = 0; r < seeds.length; r++) {
            int s = seedIndex.get(seeds[r]);
            for (int c = 0; c < tasks.length; c++) {
                int t = taskIndex.get(tasks[c]);
                long n = s < count.length && t < count[s].length ? count[s][t] : 0;
                if (n == 0) {
                    throw new BadInputException(source + ": seed \"" + seeds[r] + "\" has no episodes of task \""
                            + tasks[c] + "\": every seed needs every task");
                }
                episodes[r][c] = n;
                reward[r][c] = (rewardSum[s][t] + rewardComp[s][t]) / n;
                if (withSafety) {
                    safety[r][c] = (safetySum[s][t] + safetyComp[s][t]) / n;
                }
            }
        }
        return new RunMatrix(source, List.of(tasks), List.of(seeds), reward, safety, episodes, total);
    }
}
