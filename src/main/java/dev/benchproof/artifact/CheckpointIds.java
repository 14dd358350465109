package dev.benchproof.artifact;

/** Identifiers of the two checkpoints a proof compares and the suite fixture they ran on. */
public record CheckpointIds(String baseline, String trained, String fixturePath) {

    /** The reference system's defaults. */
    public static final CheckpointIds DEFAULTS =
            new CheckpointIds("baseline", "trained", "tasks/fixtures/m24/benchmark-suite.json");

    public CheckpointIds {
        RunContext.requireNonBlank("baseline_checkpoint_id", baseline);
        RunContext.requireNonBlank("trained_checkpoint_id", trained);
        RunContext.requireNonBlank("fixture_path", fixturePath);
    }
}
