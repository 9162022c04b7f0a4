package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static io.github.pdguard.analysis.rules.RuleCases.analyse;
import static io.github.pdguard.analysis.rules.RuleCases.defaults;
import static io.github.pdguard.analysis.rules.RuleCases.lineOf;
import static io.github.pdguard.analysis.rules.RuleCases.single;
import static io.github.pdguard.analysis.rules.RuleCases.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * log-leak, Error Prone style: each case is a small source root under
 * {@code src/test/resources/rules/log-leak/<case>} whose lines carry {@code // EXPECT: log-leak}
 * where a finding is expected and {@code // clean: reason} on deliberate negatives.
 */
class LogLeakRuleTest {
    private static final List<String> RULES = List.of("log-leak", "parse-error");

    private static Path root(String name) {
        return source("log-leak", name);
    }

    private static AnalysisResult check(String name) {
        return check(name, defaults());
    }

    private static AnalysisResult check(String name, AnalysisConfig.Builder config) {
        return assertMarkedFindings(root(name), config, RULES);
    }

    // ---- SPEC 3.2: one family of logging APIs per case, each sink next to its clean twin ----

    @Test
    void slf4jLevelMethodsFluentApiAndMdc() {
        AnalysisResult result = check("slf4j");
        Path root = root("slf4j");
        assertThat(single(result, root, "OrderService.java", "payment failed for {} <{}>", "log-leak").message())
                .contains("Customer.email (CONTACT)", "Customer.fullName (IDENTITY)", "SLF4J Logger.error");
        assertThat(single(result, root, "OrderService.java", "MDC.put(\"customer\"", "log-leak").message())
                .contains("MDC.put");
    }

    @Test
    void slf4jFluentChainOverSeveralLinesIsOneFindingAtTheFirstPersonalCall() {
        AnalysisResult result = check("slf4j");
        Path root = root("slf4j");
        Finding chain = single(result, root, "OrderService.java", ".addKeyValue(\"email\", customer.getEmail())", "log-leak");
        assertThat(chain.message()).contains("Customer.email", "fluent atInfo().addKeyValue");
        assertThat(lineOf(root, "OrderService.java", ".setMessage(\"shipping label printed for \""))
                .isEqualTo(chain.line() + 1);
    }

    @Test
    void slf4jFluentChainMessageListsThePersonalDataOfTheWholeEvent() {
        AnalysisResult result = check("slf4j");
        assertThat(single(result, root("slf4j"), "OrderService.java", ".addKeyValue(\"email\", customer.getEmail())", "log-leak")
                .message()).contains("Customer.email", "Customer.fullName");
    }

    @Test
    void log4j2LevelsLogPrintfSuppliersFluentApiAndThreadContext() {
        check("log4j2");
    }

    @Test
    void anObjectWhoseInheritedToStringShowsDeclaredFieldsIsPersonalData() {
        // Only the class that defines the toString() gets the tostring-leak, not the subclasses inheriting it.
        assertMarkedFindings(root("inherited-tostring"), defaults(), List.of("log-leak", "tostring-leak"));
    }

    @Test
    void log4j1Logger() {
        check("log4j1");
    }

    @Test
    void javaUtilLoggingLevelsLogLogpAndSuppliers() {
        check("jul");
    }

    @Test
    void systemLogger() {
        check("system-logger");
    }

    @Test
    void commonsLogging() {
        check("commons-logging");
    }

    @Test
    void jbossLoggingFormatAndMessageFormatMethods() {
        AnalysisResult result = check("jboss-logging");
        assertThat(single(result, root("jboss-logging"), "ClaimSubmitter.java", "LOG.debugv(\"claim {0} for {1}\"", "log-leak")
                .message()).contains("JBoss Logger.debugv");
    }

    @Test
    void floggerFluentLogger() {
        check("flogger");
    }

    @Test
    void lombokGeneratedLoggers() {
        check("lombok-loggers");
    }

    @Test
    void systemOutAndSystemErr() {
        check("console");
    }

    @Test
    void systemErrIsNamedInTheMessage() {
        AnalysisResult result = check("console");
        assertThat(single(result, root("console"), "VoucherImportCli.java", "System.err.println(\"duplicate", "log-leak")
                .message()).contains("System.err.println");
    }

    @Test
    void loggersAreRecognisedByTypeNotByName() {
        check("logger-recognition");
    }

    @Test
    void configuredSinksSanitizersAndSources() {
        AnalysisResult result = check("configured", defaults()
                .logSinks(List.of("com.acme.AuditTrail#record", "com.shop.audit.ComplianceJournal#append"))
                .sanitizers(List.of("com.acme.Masker#mask", "com.shop.audit.Pseudonyms#of"))
                .sources(List.of("com.acme.Geo#lookup=LOCATION")));
        Path root = root("configured");
        assertThat(single(result, root, "CheckoutService.java", "auditTrail.record(\"payment by \"", "log-leak").message())
                .contains("Buyer.email", "AuditTrail.record");
        assertThat(single(result, root, "CheckoutService.java", "LOG.info(\"paying from {}\", geo.lookup", "log-leak").message())
                .contains("Geo.lookup()", "LOCATION");
    }

    @Test
    void withoutConfigurationTheConfiguredNamesAreOrdinaryCalls() {
        Path root = root("configured");
        AnalysisResult result = analyse(root, defaults());
        Set<Integer> lines = new TreeSet<>();
        result.unsuppressed().stream().filter(f -> f.ruleId().equals("log-leak")).forEach(f -> lines.add(f.line()));
        // Only the calls that pass declared data straight to SLF4J remain: the sanitizers are ordinary methods now.
        assertThat(lines).containsExactlyInAnyOrder(
                lineOf(root, "CheckoutService.java", "Masker.mask(buyer.getCardNumber())"),
                lineOf(root, "CheckoutService.java", "Masker.unmask(buyer.getCardNumber())"),
                lineOf(root, "CheckoutService.java", "Pseudonyms.of(buyer.getEmail())"),
                lineOf(root, "CheckoutService.java", "Pseudonyms.prefix(buyer.getEmail())"));
    }

    @Test
    void julLoggerObtainedFromGetGlobal() {
        check("jul-global-logger");
    }

    // ---- SPEC 3.1, 3.6 Values: how personal data travels to a sink, each form next to a clean twin ----

    @Test
    void localsInControlFlowOrderThroughBranchesLoopsTryAndSwitch() {
        check("local-flow");
    }

    @Test
    void switchFallThroughCarriesLocalsIntoTheNextCase() {
        check("switch-fall-through");
    }

    @Test
    void fieldsAssignedElsewhereThroughSettersConstructorsStaticsAndCollections() {
        check("fields");
    }

    @Test
    void concatenationFormattingStringMethodsAndBuilders() {
        check("strings");
    }

    @Test
    void collectionsMapsOptionalsAndArrays() {
        check("containers");
    }

    @Test
    void streamsWithMethodReferencesAndLambdas() {
        check("streams");
    }

    @Test
    void helpersInOtherFilesAreFollowedAndNamedInTheMessage() {
        AnalysisResult result = check("interprocedural");
        Path root = root("interprocedural");
        assertThat(single(result, root, "TicketService.java", "log.info(CustomerText.describe(c))", "log-leak").message())
                .contains("Customer.name (IDENTITY)", "Customer.email (CONTACT)", "via CustomerText.describe(Customer)");
        assertThat(single(result, root, "TicketService.java", "signature(c)", "log-leak").message())
                .contains("via TicketService.signature(Customer)");
    }

    @Test
    void aSinkInsideAHelperIsReportedOnceAtTheHelper() {
        AnalysisResult result = check("interprocedural");
        List<Finding> inHelper = result.unsuppressed().stream()
                .filter(f -> f.file().getFileName().toString().equals("AuditHelper.java")).toList();
        assertThat(inHelper).hasSize(1);
        assertThat(inHelper.get(0).message()).contains("Customer.email", "Customer.name");
    }

    @Test
    void overloadsAreResolvedByArgumentTypes() {
        check("overloads");
    }

    @Test
    void redactsResultsAreCleanOtherHelpersAreNot() {
        check("redacts");
    }

    @Test
    void guardsDoNotHelpBooleansLengthsAndHashesAreClean() {
        check("guards-and-derived");
    }

    @Test
    void enumConstantsAreConstantsDeclaredEnumValuesAreData() {
        check("enums");
    }

    @Test
    void objectsByDeclaredTypeOrByWhatTheirToStringShows() {
        check("objects");
    }

    @Test
    void recordAccessorsAndGeneratedToString() {
        check("records");
    }

    @Test
    void lombokGettersOfDeclaredFields() {
        check("lombok-getters");
    }

    @Test
    void knownApiSourcesServletJavaxJakartaPrincipalAndSpringSecurity() {
        AnalysisResult result = check("api-sources");
        assertThat(single(result, root("api-sources"), "StorefrontController.java", "request.getHeader(AGENT_HEADER)", "log-leak")
                .message()).contains("User-Agent".toUpperCase(), "ONLINE_IDENTIFIER");
    }

    @Test
    void springSecurityAuthenticationFromTheContextHolder() {
        check("security-context-chain");
    }

    @Test
    void boundMethodReferencesAsSuppliers() {
        check("bound-method-reference");
    }

    @Test
    void recordCompactConstructorsAreAnalysed() {
        check("record-compact-constructor");
    }

    @Test
    void objectsBuiltWithLombokBuildersAreJudgedByTheirType() {
        check("lombok-builder");
    }

    @Test
    void generatedGettersCalledWithoutReceiver() {
        check("implicit-this-getters");
    }

    @Test
    void receiversTypedByGenericDeclarations() {
        check("inferred-element-types");
    }
}
