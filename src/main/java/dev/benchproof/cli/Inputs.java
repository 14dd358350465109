package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.gate.Observation;
import dev.benchproof.BadInputException;
import dev.benchproof.io.SampleStreams;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.ReproducibilityObservation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the commands' input files; every problem becomes a {@link BadInputException} naming the file. */
final class Inputs {

    private Inputs() {
    }

    /** A sample vector streamed into a primitive array. */
    static double[] samples(Path file, String label) {
        return SampleStreams.readSamples(file, label);
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
