import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a Markdown report the way a pull-request comment shows it (CommonMark + GFM tables, raw
 * HTML such as details kept), wrapped in a page with GitHub-like styling, for the README picture.
 * Run with the source launcher: java -cp COMMONMARK_JARS ci/MarkdownPreview.java report.md page.html
 */
public class MarkdownPreview {
    private static final String STYLE = "body{margin:0;background:#fff;color:#1f2328;font:14px/1.5 -apple-system,"
            + "'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif}main{max-width:760px;margin:16px auto;padding:16px 24px;"
            + "border:1px solid #d0d7de;border-radius:6px}table{border-collapse:collapse;margin:0 0 16px}"
            + "th,td{border:1px solid #d0d7de;padding:6px 13px}tr:nth-child(2n){background:#f6f8fa}"
            + "code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}h3{font-size:1.25em}";

    public static void main(String[] args) throws Exception {
        var extensions = List.of(TablesExtension.create());
        var parser = Parser.builder().extensions(extensions).build();
        var renderer = HtmlRenderer.builder().extensions(extensions).build();
        String body = renderer.render(parser.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
        Files.writeString(Path.of(args[1]), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>"
                + STYLE + "</style></head><body><main>\n" + body + "</main></body></html>\n", StandardCharsets.UTF_8);
    }
}
