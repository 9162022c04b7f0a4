package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static io.github.pdguard.analysis.rules.RuleCases.defaults;
import static io.github.pdguard.analysis.rules.RuleCases.single;
import static io.github.pdguard.analysis.rules.RuleCases.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * exception-leak, Error Prone style: each case is a small source root under
 * {@code src/test/resources/rules/exception-leak/<case>} whose lines carry
 * {@code // EXPECT: exception-leak} where a finding is expected and {@code // clean: reason} on
 * deliberate negatives.
 */
class ExceptionLeakRuleTest {
    private static final List<String> RULES = List.of("exception-leak", "parse-error");

    private static Path root(String name) {
        return source("exception-leak", name);
    }

    private static AnalysisResult check(String name, List<String> rules) {
        return assertMarkedFindings(root(name), defaults(), rules);
    }

    @Test
    void customExceptionsTheirSubclassesAndNonMessageArguments() {
        AnalysisResult result = check("custom-exceptions", RULES);
        Path root = root("custom-exceptions");
        assertThat(single(result, root, "PaymentValidator.java", "new ScoreTooLowException(\"score too low\", payee", "exception-leak")
                .message()).isEqualTo("Payee.creditScore (FINANCIAL) is passed to new ScoreTooLowException(...)");
        Finding subclass = single(result, root, "PaymentValidator.java", "\"foreign IBAN \"", "exception-leak");
        assertThat(subclass.message()).contains("Payee.iban (FINANCIAL)", "InvalidIbanException");
    }

    @Test
    void checkedExceptionsJdkExceptionsAndErrors() {
        check("checked-and-jdk-exceptions", RULES);
    }

    @Test
    void messagesBuiltByHelpersOfTheAnalysedCode() {
        AnalysisResult result = check("helper-built-messages", RULES);
        assertThat(single(result, root("helper-built-messages"), "AccountService.java", "Messages.describe(account)", "exception-leak")
                .message()).contains("Account.email (CONTACT)", "Account.username (IDENTITY)", "via Messages.describe(Account)");
    }

    @Test
    void parametersApiSourcesAndDeclaredObjectsInMessagesButNotInOtherTypes() {
        check("other-sources", RULES);
    }

    @Test
    void caughtExceptionsAreNotPersonalDataWhenLoggedOrWrapped() {
        // log-leak is checked too: logging the caught exception must stay clean.
        check("caught-exceptions", List.of("exception-leak", "log-leak", "parse-error"));
    }

    @Test
    void validationInARecordCompactConstructor() {
        check("record-compact-constructor", RULES);
    }
}
