package dev.benchproof.cli;

import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyGateMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the safety gate judges the delta. */
final class SafetyGateOptions {

    @Option(names = "--safety-gate", paramLabel = "MODE", defaultValue = "delta", converter = ModeConverter.class,
            description = "delta: block when the delta exceeds the threshold; upper-bound: also block when its"
                    + " one-sided upper confidence bound does (needs sample files) (default: ${DEFAULT-VALUE}).")
    SafetyGateMode mode;

    @Option(names = "--safety-bound-alpha", paramLabel = "ALPHA",
            description = "1 - confidence of the upper-bound gate's one-sided bound, in (0, 0.5) (default: ${DEFAULT-VALUE}).")
    double boundAlpha = SafetyGate.DEFAULT_BOUND_ALPHA;

    SafetyGate gate(double maxSafetyRegression) {
        return SafetyGate.withThreshold(maxSafetyRegression).with(mode).withBoundAlpha(boundAlpha);
    }

    static final class ModeConverter implements ITypeConverter<SafetyGateMode> {
        @Override
        public SafetyGateMode convert(String value) {
            for (SafetyGateMode mode : SafetyGateMode.values()) {
                if (mode.label().equals(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("expected delta or upper-bound, found '" + value + "'");
        }
    }
}
