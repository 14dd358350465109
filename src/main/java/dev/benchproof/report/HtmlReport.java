package dev.benchproof.report;

import dev.benchproof.report.svg.Xml;

/**
 * One self-contained HTML page: inline CSS, inline SVG plots, no script, no external resource, so it
 * reads the same from a CI artifact store, an e-mail attachment or a laptop without a network.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
            main{max-width:720px;margin:0 auto;padding:16px}
            header{border-left:8px solid;padding:8px 16px;background:#ffffff;margin-bottom:16px}
            header.pass{border-color:#2e7d32}
            header.fail{border-color:#c62828}
            h1{font-size:22px;margin:4px 0}
            h2{font-size:18px;margin:24px 0 8px}
            .mark{display:inline-block;font-weight:bold;color:#ffffff;padding:0 8px;border-radius:4px}
            .pass .mark{background:#2e7d32}
            .fail .mark{background:#c62828}
            .context{color:#57606a;font-size:13px}
            section{background:#ffffff;padding:4px 16px 12px;margin-bottom:16px}
            table{border-collapse:collapse;width:100%;margin:8px 0}
            th,td{border-bottom:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.ok{color:#2e7d32;font-weight:bold}
            td.bad{color:#c62828;font-weight:bold}
            td,code{overflow-wrap:anywhere}
            figure{margin:12px 0}
            svg{max-width:100%;height:auto;display:block}
            summary{cursor:pointer;font-weight:bold}
            """;

    private HtmlReport() {
    }

    public static String render(ReportDocument document) {
        StringBuilder b = new StringBuilder(32768);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Xml.escape(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<header class=\"").append(document.pass() ? "pass" : "fail").append("\">\n")
                .append("<p><span class=\"mark\">").append(document.pass() ? "PASS" : "FAIL").append("</span></p>\n")
                .append("<h1>").append(Xml.escape(document.verdict())).append("</h1>\n")
                .append("<p>").append(Xml.escape(document.explanation())).append("</p>\n")
                .append("<p class=\"context\">").append(Xml.escape(document.context())).append("</p>\n")
                .append("</header>\n");
        for (ReportSection section : document.sections()) {
            b.append("<section>\n");
            if (section.collapsed()) {
                b.append("<details>\n<summary><h2 style=\"display:inline\">").append(Xml.escape(section.title()))
                        .append("</h2></summary>\n").append(section.html()).append("</details>\n");
            } else {
                b.append("<h2>").append(Xml.escape(section.title())).append("</h2>\n").append(section.html());
            }
            b.append("</section>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }
}
