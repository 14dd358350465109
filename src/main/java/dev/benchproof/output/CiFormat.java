package dev.benchproof.output;

import java.util.function.Function;

/** The CI output formats every checking command offers, by the name given to {@code --format}. */
public enum CiFormat {
    GITHUB("github", GithubAnnotations::render),
    JUNIT("junit", JUnitXml::render),
    SARIF("sarif", Sarif::render);

    private final String optionName;
    private final Function<CheckReport, String> renderer;

    CiFormat(String optionName, Function<CheckReport, String> renderer) {
        this.optionName = optionName;
        this.renderer = renderer;
    }

    public String optionName() {
        return optionName;
    }

    public String render(CheckReport report) {
        return renderer.apply(report);
    }
}
