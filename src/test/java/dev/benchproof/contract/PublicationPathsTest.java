package dev.benchproof.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationPathsTest {

    @Test
    void archivePathPadsTheYearToFourDigitsAndTheMonthToTwo() {
        assertEquals(".tau/reports/archive/m24/0999/03/m24-benchmark-report-run-1-baseline.json",
                PublicationPaths.archivePath("run-1", "baseline", Instant.parse("0999-03-31T23:59:59Z")));
        assertEquals(".tau/reports/archive/m24/2026/12/m24-benchmark-report-r-significance.json",
                PublicationPaths.archivePath("r", "significance", Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void archivePathTakesTheMonthInUtcNotTheMachinesZone() {
        assertEquals(".tau/reports/archive/m24/2027/01/m24-benchmark-report-r-trained.json",
                PublicationPaths.archivePath("r", "trained", Instant.parse("2027-01-01T00:30:00Z")));
    }

    @Test
    void purgeAfterAddsTheRetentionDaysToGeneratedAt() {
        assertEquals("2026-03-17T23:15:00Z", PublicationPaths.purgeAfter(Instant.parse("2026-02-15T23:15:00Z"), 30));
    }
}
