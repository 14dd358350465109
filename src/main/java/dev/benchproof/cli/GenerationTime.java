package dev.benchproof.cli;

import dev.benchproof.contract.Timestamps;
import dev.benchproof.BadInputException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one place that reads a clock: an explicit option wins, then {@code SOURCE_DATE_EPOCH} (the
 * reproducible-builds convention), then the current time truncated to seconds.
 */
final class GenerationTime {

    private GenerationTime() {
    }

    static Instant resolve(String option, String optionName) {
        if (option != null) {
            return Timestamps.parse(option).orElseThrow(() -> new BadInputException(optionName
                    + " must be a UTC RFC 3339 timestamp without sub-seconds such as 2026-02-15T23:15:00Z, found '"
                    + option + "'"));
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                long seconds = Long.parseLong(epoch.trim());
                if (seconds >= 0 && seconds <= 253_402_300_799L) {
                    return Instant.ofEpochSecond(seconds);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadInputException("SOURCE_DATE_EPOCH must be whole seconds since 1970 up to year 9999, found '"
                    + epoch + "'");
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
