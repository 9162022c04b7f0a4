package io.github.pdguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pdguard.html} in Debian's headless Chromium: the page loads without script errors, shows
 * every finding, and its rule, severity and status filters hide and show findings. The page is
 * loaded as written, with two scripts added for the test only: one first in {@code <head>} that
 * records uncaught errors, one last in {@code <body>} that, after the page's own script ran,
 * measures which findings the browser lays out (visible) and works the filters like a person
 * would (checking and unchecking boxes, which fires {@code change}), then writes what it saw into
 * the DOM that Chromium prints.
 */
class HtmlReportBrowserTest {
    private static final Pattern RESULT = Pattern.compile("<pre id=\"pdguard-test-result\">(.*?)</pre>", Pattern.DOTALL);

    private static final String ERROR_RECORDER = "<script>window.__pdguardErrors = [];"
            + "window.addEventListener('error', function (e) { window.__pdguardErrors.push(String(e.message)); });"
            + "</script>";

    private static final String EXERCISE = """
            <script>
            window.addEventListener('load', function () {
              var out = { steps: {} };
              function findings() { return Array.prototype.slice.call(document.querySelectorAll('.finding')); }
              function visible(filter) {
                return findings().filter(function (f) { return f.offsetParent !== null && (!filter || filter(f)); }).length;
              }
              function set(kind, value, checked) {
                var input = document.querySelector('input.filter[data-filter="' + kind + '"][value="' + value + '"]');
                if (!input) { out.missing = (out.missing || []).concat([kind + ':' + value]); return; }
                if (input.checked !== checked) { input.click(); }
              }
              function record(name) {
                out.steps[name] = { visible: visible(), shownCount: document.getElementById('shown-count').textContent,
                  noMatch: document.getElementById('no-match').offsetParent !== null,
                  logLeakGroup: document.getElementById('rule-log-leak').offsetParent !== null,
                  logLeak: visible(function (f) { return f.getAttribute('data-rule') === 'log-leak'; }),
                  errors: visible(function (f) { return f.getAttribute('data-severity') === 'error'; }),
                  suppressed: visible(function (f) { return f.getAttribute('data-status') === 'suppressed'; }) };
              }
              out.total = findings().length;
              out.messages = findings().filter(function (f) { return f.offsetParent !== null; })
                .map(function (f) { return f.querySelector('.message').textContent; });
              record('initial');
              set('rule', 'log-leak', false); record('logLeakOff');
              set('rule', 'log-leak', true); record('logLeakOn');
              set('severity', 'error', false); record('errorOff');
              set('severity', 'error', true); record('errorOn');
              set('status', 'suppressed', false); record('suppressedOff');
              ['open', 'suppressed', 'baselined'].forEach(function (s) { set('status', s, false); }); record('nothing');
              document.getElementById('filter-all').click(); record('showAll');
              out.errors = window.__pdguardErrors;
              var pre = document.createElement('pre');
              pre.id = 'pdguard-test-result';
              pre.textContent = JSON.stringify(out);
              document.body.appendChild(pre);
            });
            </script>
            """;

    @TempDir
    Path root;

    private ReportData data() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        ReportData first = fixture.prepare();
        ReportedFinding violation = first.findings().stream()
                .filter(f -> f.finding().ruleId().equals("purpose-violation")).findFirst().orElseThrow();
        return fixture.prepare(new Baseline(List.of(new Baseline.Entry("purpose-violation", violation.path(),
                violation.finding().member(), violation.fingerprint(), "until the CRM migration"))));
    }

    private record Outcome(JsonNode result, String log) {
    }

    private Outcome runInChromium(String html) throws Exception {
        String instrumented = html.replaceFirst("<head>", "<head>\n" + ERROR_RECORDER)
                .replace("</body>", EXERCISE + "</body>");
        Path page = root.resolve("pdguard-under-test.html");
        Files.writeString(page, instrumented);
        HeadlessChromium.Run run = HeadlessChromium.dumpDom(page, root);
        Matcher matcher = RESULT.matcher(run.dom());
        assertThat(matcher.find()).as("the test script's result in the DOM Chromium printed; its log:\n" + run.log()).isTrue();
        String json = matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
        return new Outcome(new ObjectMapper().readTree(json), run.log());
    }

    @Test
    void loadsWithoutErrorsShowsEveryFindingAndTheFiltersHideAndShowThem() throws Exception {
        ReportData data = data();
        int total = data.findings().size();
        long logLeaks = data.findings().stream().filter(f -> f.finding().ruleId().equals("log-leak")).count();
        long errors = data.findings().stream().filter(f -> f.finding().severity().id().equals("error")).count();
        assertThat(logLeaks).isEqualTo(2);
        assertThat(data.count(ReportedFinding.Status.SUPPRESSED)).isEqualTo(1);
        assertThat(data.count(ReportedFinding.Status.BASELINED)).isEqualTo(1);

        Outcome outcome = runInChromium(HtmlReport.render(data));
        JsonNode result = outcome.result();

        assertThat(result.get("errors")).as("script errors").isEmpty();
        assertThat(outcome.log()).as("Chromium's console log").doesNotContain("Uncaught");
        assertThat(result.has("missing")).as("filter checkboxes not found: " + result.get("missing")).isFalse();
        assertThat(result.get("total").asInt()).isEqualTo(total);
        List<String> messages = new ArrayList<>();
        result.get("messages").forEach(m -> messages.add(m.asText()));
        assertThat(messages).containsExactlyInAnyOrderElementsOf(
                data.findings().stream().map(f -> f.finding().message()).toList());

        JsonNode steps = result.get("steps");
        assertThat(steps.at("/initial/visible").asInt()).isEqualTo(total);
        assertThat(steps.at("/initial/shownCount").asText()).isEqualTo(String.valueOf(total));
        assertThat(steps.at("/initial/noMatch").asBoolean()).isFalse();

        assertThat(steps.at("/logLeakOff/visible").asInt()).isEqualTo(total - logLeaks);
        assertThat(steps.at("/logLeakOff/logLeak").asInt()).isZero();
        assertThat(steps.at("/logLeakOff/logLeakGroup").asBoolean()).as("empty rule section hidden").isFalse();
        assertThat(steps.at("/logLeakOff/shownCount").asText()).isEqualTo(String.valueOf(total - logLeaks));
        assertThat(steps.at("/logLeakOn/visible").asInt()).isEqualTo(total);
        assertThat(steps.at("/logLeakOn/logLeakGroup").asBoolean()).isTrue();

        assertThat(steps.at("/errorOff/errors").asInt()).isZero();
        assertThat(steps.at("/errorOff/visible").asInt()).isEqualTo(total - errors);
        assertThat(steps.at("/errorOn/visible").asInt()).isEqualTo(total);

        assertThat(steps.at("/suppressedOff/suppressed").asInt()).isZero();
        assertThat(steps.at("/suppressedOff/visible").asInt()).isEqualTo(total - 1);

        assertThat(steps.at("/nothing/visible").asInt()).isZero();
        assertThat(steps.at("/nothing/noMatch").asBoolean()).isTrue();
        assertThat(steps.at("/showAll/visible").asInt()).isEqualTo(total);
    }

    @Test
    void theBrowserCheckNoticesAScriptError() throws Exception {
        String broken = HtmlReport.render(data()).replace("'use strict';", "'use strict'; undefinedFunction();");
        Outcome outcome = runInChromium(broken);
        assertThat(outcome.result().get("errors").toString()).contains("undefinedFunction");
        assertThat(outcome.log()).contains("Uncaught ReferenceError: undefinedFunction is not defined");
    }
}
