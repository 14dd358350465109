package dev.benchproof.cli;

import dev.benchproof.gate.SampleDesign;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Bootstrap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How reward samples are compared. */
final class StatisticsOptions {

    @Mixin
    AlphaOption alpha;

    @Option(names = "--alternative", paramLabel = "H1", defaultValue = "two-sided",
            converter = AlternativeConverter.class,
            description = "Alternative hypothesis: two-sided, or greater (trained > baseline) (default: ${DEFAULT-VALUE}).")
    Alternative alternative;

    @Option(names = "--paired",
            description = "Pair the reward vectors episode by episode (equal lengths): paired t-test and Wilcoxon.")
    boolean paired;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap-resamples", paramLabel = "N", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples; 0 switches the bootstrap off (default: ${DEFAULT-VALUE}).")
    int bootstrapResamples;

    SignificanceGate gate() {
        return SignificanceGate.withDefaults()
                .withAlpha(alpha.alpha)
                .with(alternative)
                .with(paired ? SampleDesign.PAIRED : SampleDesign.INDEPENDENT)
                .withBootstrap(bootstrapResamples, seed);
    }

    /** Reads the contract's spelling of the alternative. */
    static final class AlternativeConverter implements ITypeConverter<Alternative> {
        @Override
        public Alternative convert(String value) {
            return switch (value) {
                case "two-sided" -> Alternative.TWO_SIDED;
                case "greater" -> Alternative.GREATER;
                default -> throw new TypeConversionException("expected two-sided or greater, found '" + value + "'");
            };
        }
    }
}
