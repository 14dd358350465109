package dev.benchproof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportTest {

    static List<String> cases() {
        return GoldenBundles.CASES;
    }

    private static String html(String name, boolean samples) throws IOException {
        return HtmlReport.render(ProofReport.document(GoldenBundles.bundle(name, samples)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pageHasNoScriptAndNoUrl(String name) throws IOException {
        String html = html(name, true).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), "script");
        assertFalse(html.contains("javascript:"), "javascript: URL");
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), "a URL");
        assertFalse(html.contains("url("), "a CSS url()");
        assertFalse(html.contains("src=") || html.contains("href="), "a src or href attribute");
        assertFalse(html.contains("@import"), "a CSS import");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everySvgHasATitleAndADescriptionItIsLabelledBy(String name) throws IOException {
        String html = html(name, true);
        Matcher svg = Pattern.compile("<svg ([^>]*)>\\n<title id=\"([a-z]+)-title\">[^<]+</title>\\n<desc id=\"\\2-desc\">[^<]+</desc>")
                .matcher(html);
        int described = 0;
        while (svg.find()) {
            described++;
            assertTrue(svg.group(1).contains("aria-labelledby=\"" + svg.group(2) + "-title " + svg.group(2) + "-desc\""),
                    svg.group(1));
            assertTrue(svg.group(1).contains("width=\"640\""), svg.group(1));
        }
        int all = html.split("<svg ", -1).length - 1;
        assertEquals(3, all, "decision, safety and distribution plots");
        assertEquals(all, described, "an svg without <title>/<desc>");
    }

    /** Each inline SVG is well-formed XML: a browser would otherwise drop or garble the plot. */
    @ParameterizedTest
    @MethodSource("cases")
    void everySvgIsWellFormedXml(String name) throws Exception {
        String html = html(name, true);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int parsed = 0;
        while (svg.find()) {
            var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg.group())));
            assertEquals("svg", document.getDocumentElement().getTagName());
            assertEquals("title", document.getDocumentElement().getElementsByTagName("*").item(0).getNodeName());
            parsed++;
        }
        assertEquals(3, parsed);
    }

    @Test
    void distributionPlotOnlyWhenSamplesAreInMemory() throws IOException {
        assertTrue(html("pass", true).contains("id=\"distributions-title\""));
        assertFalse(html("pass", false).contains("id=\"distributions-title\""));
        assertFalse(html("pass", false).contains("Reward distributions"));
    }

    @Test
    void bytesDoNotDependOnLocaleOrTimeZone() throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String reference = html("fail-safety-upper-bound", true) + MarkdownReport.render(
                ProofReport.document(GoldenBundles.bundle("fail-safety-upper-bound", true)));
        try {
            for (String tag : List.of("tr-TR", "de-DE", "ar-EG", "hi-IN")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                String again = html("fail-safety-upper-bound", true) + MarkdownReport.render(
                        ProofReport.document(GoldenBundles.bundle("fail-safety-upper-bound", true)));
                assertEquals(reference, again, tag);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void checkpointIdsAreEscaped() throws IOException {
        ReportInput bundle = GoldenBundles.bundle("pass", false);
        bundle.proof().getTrained().setCheckpointId("<img src=x onerror=alert(1)>");
        String html = HtmlReport.render(ProofReport.document(bundle));
        assertFalse(html.contains("<img"), "raw markup from an id");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        String md = MarkdownReport.render(ProofReport.document(bundle));
        assertTrue(md.contains("\\<img src=x onerror=alert(1)\\>"), "escaped, so Markdown shows it as text: " + md);
    }
}
