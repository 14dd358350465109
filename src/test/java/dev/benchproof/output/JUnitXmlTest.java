package dev.benchproof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML parses with the JDK's standard DOM parser and says what was checked. */
class JUnitXmlTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneTestcasePerFileOneFailurePerFindingAnErrorForUnreadableInput() throws Exception {
        Document doc = parse(JUnitXml.render(Reports.validation()));
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("3", suites.getAttribute("tests"));
        assertEquals("2", suites.getAttribute("failures"));
        assertEquals("1", suites.getAttribute("errors"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element ok = (Element) cases.item(0);
        assertEquals("out/ok.json", ok.getAttribute("name"));
        assertEquals(0, ok.getChildNodes().getLength());
        Element odd = (Element) cases.item(1);
        assertEquals("reports/odd, name 100%.json", odd.getAttribute("name"));
        NodeList failures = odd.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        Element first = (Element) failures.item(0);
        assertEquals("minimum", first.getAttribute("type"));
        assertEquals("/a:b/0: must be >= 0, found -1 <&> \"quoted\"", first.getAttribute("message"));
        Element second = (Element) failures.item(1);
        // attribute newlines survive as character references; a control character XML cannot carry becomes U+FFFD
        assertEquals("(root): line one\nline two\r, 50% done\uFFFD", second.getAttribute("message"));
        Element broken = (Element) cases.item(2);
        assertEquals(1, broken.getElementsByTagName("error").getLength());
        assertEquals(0, broken.getElementsByTagName("failure").getLength());
    }

    @Test
    void aGateIsOneTestcasePerCriterion() throws Exception {
        Document doc = parse(JUnitXml.render(Reports.gate()));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element failed = (Element) cases.item(0);
        assertEquals("min_reward_delta", failed.getAttribute("name"));
        assertEquals("out/proof.json", failed.getAttribute("file"));
        assertTrue(failed.getTextContent().contains("observed 0.01, threshold 0.05"));
        assertEquals(0, ((Element) cases.item(1)).getChildNodes().getLength());
    }

    @Test
    void noTimestampsOrDurations() {
        String xml = JUnitXml.render(Reports.validation());
        assertTrue(!xml.contains("time=") && !xml.contains("timestamp="), xml);
    }
}
