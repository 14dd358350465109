package dev.benchproof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReportTest {

    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static List<String> cases() {
        return GoldenBundles.CASES;
    }

    private static String markdown(String name) throws IOException {
        return MarkdownReport.render(ProofReport.document(GoldenBundles.bundle(name, true)));
    }

    /** Each run of lines starting with '|' in the source must parse as one GFM table with every row. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyPipeBlockParsesAsATableWithAllItsRowsAndCells(String name) throws IOException {
        String md = markdown(name);
        List<Integer> sourceTables = new ArrayList<>();
        int run = 0;
        for (String line : (md + "\n").split("\n", -1)) {
            if (line.startsWith("|")) {
                run++;
            } else if (run > 0) {
                sourceTables.add(run - 1); // the delimiter row is not a row
                run = 0;
            }
        }
        List<TableBlock> tables = new ArrayList<>();
        GFM.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                }
                visitChildren(block);
            }
        });
        assertFalse(sourceTables.isEmpty(), name + ": no table at all");
        assertEquals(sourceTables.size(), tables.size(), name + ": pipe blocks that did not parse as tables:\n" + md);
        for (int i = 0; i < tables.size(); i++) {
            List<TableRow> rows = rows(tables.get(i));
            assertEquals(sourceTables.get(i), rows.size(), name + ": table " + i + " lost rows");
            int columns = cells(rows.get(0));
            for (TableRow row : rows) {
                assertEquals(columns, cells(row), name + ": table " + i + " has a row with a different cell count");
            }
        }
    }

    private static List<TableRow> rows(Node node) {
        List<TableRow> rows = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode n) {
                if (n instanceof TableRow row) {
                    rows.add(row);
                }
                visitChildren(n);
            }

            @Override
            public void visit(CustomBlock n) {
                visitChildren(n);
            }
        });
        return rows;
    }

    private static int cells(TableRow row) {
        int count = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            count += cell instanceof TableCell ? 1 : 0;
        }
        return count;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void firstLineStatesTheVerdictInWords(String name) throws IOException {
        String first = markdown(name).lines().findFirst().orElseThrow();
        boolean pass = name.equals("pass") || name.equals("paired") || name.equals("unequal-sizes");
        assertTrue(first.startsWith(pass ? "**✅ PASS: trained may replace baseline.**" : "**❌ FAIL: trained may not"
                + " replace baseline.**"), first);
    }

    @Test
    void failureNamesEachReasonAndTheEpisodesNeeded() throws IOException {
        String md = markdown("fail-p-value");
        String first = md.lines().findFirst().orElseThrow();
        assertTrue(first.contains("The gain is not significant (p-value 0.3134 above 0.05)"), first);
        assertTrue(first.contains("the confidence level 0.6866 is below 0.95"), first);
        assertTrue(md.contains("### What to do\n\n- The gain is not significant yet: run about 6788 episodes per arm"
                + " (now 30 and 30) to detect a gain of 0.05 at alpha 0.05 with power 0.8."), md);
    }

    @Test
    void safetyBreachSaysThePenaltyRoseAndNotMoreEpisodes() throws IOException {
        String md = markdown("fail-safety-breach");
        assertTrue(md.lines().findFirst().orElseThrow().contains("The safety penalty rises by 0.07, more than the tolerated 0"));
        assertTrue(md.contains("| safety regression (trained − baseline mean penalty) | 0.07 | ≤ 0 | ❌ **fail** |"), md);
        assertFalse(md.contains("episodes per arm"), md);
    }

    @Test
    void upperBoundGateAddsItsOwnCriterionRow() throws IOException {
        String md = markdown("fail-safety-upper-bound");
        assertTrue(md.contains("| safety regression, one-sided 95% upper bound | 0.0257013 | ≤ 0.02 | ❌ **fail** |"), md);
        assertTrue(md.contains("| safety regression (trained − baseline mean penalty) | 0.011255 | ≤ 0.02 | ✅ pass |"), md);
    }

    @Test
    void probabilityOfImprovementComesFromTheMannWhitneyU() throws IOException {
        // paired golden case: U = 1503 with n_b = n_t = 50, so U / (n_b n_t) = 0.6012.
        assertTrue(markdown("paired").contains("Mann–Whitney U / (n\\_b n\\_t) | 0.6012 |"));
    }

    @Test
    void withoutReportsTheProofAloneStillGivesVerdictAndCriteria() throws IOException {
        ReportInput full = GoldenBundles.bundle("fail-reward", false);
        String md = MarkdownReport.render(ProofReport.document(new ReportInput(full.proof(), Optional.empty(),
                Optional.empty(), Optional.empty())));
        assertTrue(md.startsWith("**❌ FAIL"), md);
        assertTrue(md.contains("| reward delta (trained − baseline mean reward) | 0.0298785 | ≥ 0.05 | ❌ **fail** |"), md);
        assertFalse(md.contains("interval of the delta"), md);
    }

    @Test
    void detailsAreCollapsedWithBlankLinesSoGithubRendersTheirMarkdown() throws IOException {
        String md = markdown("pass");
        assertTrue(md.contains("\n<details>\n<summary>"), md);
        assertTrue(md.contains("</summary>\n\n"), md);
        assertTrue(md.endsWith("\n\n</details>\n"), md);
        List<Node> htmlBlocks = new ArrayList<>();
        GFM.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                htmlBlocks.add(block);
            }
        });
        assertEquals(2, htmlBlocks.size(), "<details><summary> and </details> are the only raw HTML");
    }
}
