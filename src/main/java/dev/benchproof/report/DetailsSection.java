package dev.benchproof.report;

import dev.benchproof.model.v1.ArtifactDigests;
import dev.benchproof.model.v1.CheckpointMeasurement;
import dev.benchproof.model.v1.ProofArtifacts;
import dev.benchproof.model.v1.SignificanceTests;
import dev.benchproof.report.svg.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reviewer may want after the verdict, collapsed: the measurements per arm, every test the
 * significance report holds, and the artifacts the proof references with their digests.
 */
final class DetailsSection implements ReportSection {

    private final List<List<String>> arms = new ArrayList<>();
    private final List<List<String>> tests = new ArrayList<>();
    private final List<List<String>> artifacts = new ArrayList<>();

    DetailsSection(ProofFacts facts) {
        arms.add(arm("baseline", facts.proof.getBaseline()));
        arms.add(arm("trained", facts.proof.getTrained()));
        facts.tests().ifPresent(this::addTests);
        ProofArtifacts files = facts.proof.getArtifacts();
        ArtifactDigests digests = facts.proof.getArtifactDigests();
        artifacts.add(List.of("baseline report", files.getBaselineReport(), digests == null ? "" : digests.getBaselineReport()));
        artifacts.add(List.of("trained report", files.getTrainedReport(), digests == null ? "" : digests.getTrainedReport()));
        artifacts.add(List.of("significance report", files.getSignificanceReport(),
                digests == null ? "" : digests.getSignificanceReport()));
        artifacts.add(List.of("safety-regression report", files.getSafetyRegressionReport(),
                digests == null ? "" : digests.getSafetyRegressionReport()));
    }

    private static List<String> arm(String role, CheckpointMeasurement m) {
        return List.of(role, m.getCheckpointId(), Long.toString(m.getEpisodes()), Figures.observed(m.getMeanReward()),
                Figures.observed(m.getMeanSafetyPenalty()));
    }

    private void addTests(SignificanceTests t) {
        var w = t.getWelch();
        tests.add(List.of("Welch t-test", "t = " + Figures.brief(w.getStatistic()) + ", df = "
                + Figures.brief(w.getDegreesOfFreedom()), Figures.observed(w.getpValue())));
        var u = t.getMannWhitney();
        tests.add(List.of("Mann–Whitney U", "U = " + Figures.brief(u.getU()) + ", z = " + Figures.brief(u.getZ()),
                Figures.observed(u.getpValue())));
        if (t.getPaired() != null) {
            var p = t.getPaired();
            tests.add(List.of("paired t-test", "t = " + Figures.brief(p.gettStatistic()), Figures.observed(p.gettPValue())));
            tests.add(List.of("Wilcoxon signed-rank", "W = " + Figures.brief(p.getWilcoxonStatistic()),
                    Figures.observed(p.getWilcoxonPValue())));
        }
        if (t.getBootstrap() != null) {
            tests.add(List.of("percentile bootstrap of the delta", t.getBootstrap().getResamples() + " resamples, seed "
                    + t.getBootstrap().getSeed(), "–"));
        }
    }

    @Override
    public String title() {
        return "Details";
    }

    @Override
    public String markdown() {
        return "";
    }

    @Override
    public boolean collapsed() {
        return true;
    }

    @Override
    public String markdownDetails() {
        StringBuilder b = new StringBuilder();
        b.append(MarkdownText.table(List.of("arm", "checkpoint", "episodes", "mean reward", "mean safety penalty"), "llrrr",
                escaped(arms)));
        if (!tests.isEmpty()) {
            b.append('\n').append(MarkdownText.table(List.of("test", "statistic", "p-value"), "llr", escaped(tests)));
        }
        b.append('\n').append(MarkdownText.table(List.of("artifact", "path", "SHA-256"), "lll", artifacts.stream()
                .map(r -> List.of(r.get(0), MarkdownText.code(r.get(1)), r.get(2).isEmpty() ? "–" : MarkdownText.code(r.get(2))))
                .toList()));
        return b.toString();
    }

    private static List<List<String>> escaped(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(MarkdownText::text).toList()).toList();
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder();
        table(b, List.of("arm", "checkpoint", "episodes", "mean reward", "mean safety penalty"), arms, 2);
        if (!tests.isEmpty()) {
            table(b, List.of("test", "statistic", "p-value"), tests, 2);
        }
        table(b, List.of("artifact", "path", "SHA-256"), artifacts, 3);
        return b.toString();
    }

    /** An HTML table whose columns from {@code firstNumeric} on are right-aligned numbers. */
    private static void table(StringBuilder b, List<String> header, List<List<String>> rows, int firstNumeric) {
        b.append("<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            b.append(i >= firstNumeric ? "<th class=\"num\">" : "<th>").append(Xml.escape(header.get(i))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(i >= firstNumeric ? "<td class=\"num\">" : "<td>").append(Xml.escape(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
