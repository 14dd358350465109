package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.gate.Observation;
import dev.benchproof.BadInputException;
import dev.benchproof.io.SampleStreams;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.ReproducibilityObservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.JsonNode;

/** Reads the commands' input files; every problem becomes a {@link BadInputException} naming the file. */
final class Inputs {

    private Inputs() {
    }

    /** Two sample vectors read together, in the order they were named. */
    record SamplePair(double[] first, double[] second) {
    }

    /** Together larger than this, two sample files are read side by side, one per core. */
    static final long SIDE_BY_SIDE_BYTES = 4L << 20;

    /** A sample vector streamed into a primitive array. */
    static double[] samples(Path file, String label) {
        return SampleStreams.readSamples(file, label);
    }

    /**
     * Two sample vectors. Large files are read at once on two threads, since reading is most of
     * what {@code proof} does with 10^7 samples per arm. When both files are bad, the first one's
     * error is reported, as when they are read in turn.
     */
    static SamplePair samples(Path first, String firstLabel, Path second, String secondLabel) {
        if (size(first) + size(second) < SIDE_BY_SIDE_BYTES) {
            return new SamplePair(samples(first, firstLabel), samples(second, secondLabel));
        }
        CompletableFuture<double[]> secondValues = CompletableFuture.supplyAsync(() -> samples(second, secondLabel));
        double[] firstValues;
        try {
            firstValues = samples(first, firstLabel);
        } catch (RuntimeException e) {
            secondValues.exceptionally(ignored -> null).join();
            throw e;
        }
        try {
            return new SamplePair(firstValues, secondValues.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // the reader reports the file
        }
    }

    /** Reproducibility observations, checked against their bundled schema before use. */
    static List<Observation> observations(Path file) {
        JsonNode tree = StrictJsonReader.DEFAULT.readTree(file);
        List<Violation> violations = ContractValidator.bundled().validate(ArtifactKind.REPRODUCIBILITY_OBSERVATIONS, tree);
        if (!violations.isEmpty()) {
            throw new BadInputException(file + ": " + violations.get(0).render()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        List<Observation> observations = new ArrayList<>(tree.size());
        for (ReproducibilityObservation o : StrictJsonReader.DEFAULT.bind(tree, ReproducibilityObservation[].class,
                file.toString())) {
            observations.add(new Observation(o.getSeed(), o.getSampleSize(), o.getpValue(), o.getRewardDelta()));
        }
        return observations;
    }

    /** Task score ranges for normalization, checked against their bundled schema: task to {min, max}. */
    static java.util.Map<String, double[]> taskScores(Path file) {
        JsonNode tree = StrictJsonReader.DEFAULT.readTree(file);
        List<Violation> violations = ContractValidator.bundled().validate(ArtifactKind.TASK_SCORES, tree);
        if (!violations.isEmpty()) {
            throw new BadInputException(file + ": " + violations.get(0).render()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        java.util.Map<String, double[]> ranges = new java.util.HashMap<>();
        tree.properties().forEach(e -> ranges.put(e.getKey(),
                new double[] {e.getValue().path("min").asDouble(), e.getValue().path("max").asDouble()}));
        return ranges;
    }
}
