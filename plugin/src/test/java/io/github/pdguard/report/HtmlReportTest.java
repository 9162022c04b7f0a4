package io.github.pdguard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page as text; {@link HtmlReportBrowserTest} checks it in a browser. */
class HtmlReportTest {
    @TempDir
    Path root;

    @Test
    void isSelfContained() {
        String html = HtmlReport.render(new ReportFixture(root).withDefaultSources().prepare());
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<style>").contains("<script>")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContain("<link").doesNotContain("src=").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("http://").doesNotContain("@font-face");
        assertThat(Pattern.compile("href=\"(?!#)").matcher(html).find()).as("only in-page links").isFalse();
    }

    @Test
    void groupsFindingsByRuleAndFileWithTwoLinesOfEscapedCodeAround() {
        String html = HtmlReport.render(new ReportFixture(root).withDefaultSources().prepare());
        assertThat(html).contains("<section class=\"rule-group\" id=\"rule-log-leak\" data-rule=\"log-leak\">")
                .contains("<h4>core/src/main/java/shop/Orders.java</h4>");
        int finding = html.indexOf("core/src/main/java/shop/Orders.java:12:13");
        assertThat(finding).isPositive();
        String excerpt = html.substring(html.indexOf("<pre class=\"code\">", finding), html.indexOf("</pre>", finding));
        assertThat(excerpt).contains("<span class=\"ln\">10</span>", "<span class=\"ln\">11</span>",
                        "<span class=\"line hit\"><span class=\"ln\">12</span>", "<span class=\"ln\">13</span>",
                        "<span class=\"ln\">14</span>")
                .doesNotContain("<span class=\"ln\"> 9</span>").doesNotContain("<span class=\"ln\">15</span>")
                .contains("LOG.info(&quot;order for &lt;&quot; + c.getEmail() + &quot;&gt; &amp; co&quot;);");
        assertThat(html).contains("data-rule=\"log-leak\" data-severity=\"error\" data-status=\"open\"")
                .contains("data-status=\"suppressed\"")
                .contains("suppressed by <code>@SuppressWarnings(\"pdguard:log-leak\")</code>");
    }

    @Test
    void showsSummaryCountsAndTheInventory() {
        String html = HtmlReport.render(new ReportFixture(root).withDefaultSources().prepare());
        assertThat(html).contains("<span class=\"n\" id=\"count-error\">3</span> open errors")
                .contains("<span class=\"n\" id=\"count-warning\">1</span> open warning<")
                .contains("<span class=\"n\" id=\"count-note\">1</span> open note<")
                .contains("<span class=\"n\" id=\"count-suppressed\">1</span> suppressed")
                .contains("<section id=\"inventory\">")
                .contains("<code>Customer.email</code>")
                .contains("<span class=\"use-violation\">violation</span>")
                .contains("<td><code>@SuppressWarnings(\"pdguard:log-leak\")</code></td><td>log-leak</td>"
                        + "<td><code>Orders.audit</code></td><td class=\"loc\">core/src/main/java/shop/Orders.java:15</td><td>1</td>");
    }

    @Test
    void equalInputGivesByteIdenticalOutput() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        assertThat(HtmlReport.render(fixture.prepare())).isEqualTo(HtmlReport.render(fixture.prepare()));
    }
}
