package io.github.pdguard.analysis.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JavaParser's messages made readable, and the nesting limit that ignores brackets in strings and comments. */
class JavaSourceParserTest {

    @Test
    void syntaxErrorsLoseTheLongListOfExpectedTokens() {
        assertThat(JavaSourceParser.readable("Parse error. Found \"return\", expected one of  \"!=\" \"%\" \"%=\" \"&\" \"&&\""
                + " \"&=\" \"*\" \"*=\" \"+\" \"+=\" \",\" \"-\" \";\"")).isEqualTo("syntax error: unexpected \"return\"");
        assertThat(JavaSourceParser.readable("Parse error. Found  \"x\" <IDENTIFIER>, expected one of  \"!=\" \"%\" \"%=\""
                + " \"&\" \"&&\" \"&=\" \"*\"")).isEqualTo("syntax error: unexpected \"x\"");
        assertThat(JavaSourceParser.readable("Parse error. Found <EOF>, expected \"}\""))
                .isEqualTo("syntax error: unexpected end of file, expected \"}\"");
        assertThat(JavaSourceParser.readable("Parse error. Found \")\", expected one of  \";\" \"=\""))
                .isEqualTo("syntax error: unexpected \")\", expected \";\" or \"=\"");
    }

    @Test
    void lexicalErrorsKeepWhatWasEncountered() {
        assertThat(JavaSourceParser.readable("Lexical error at line 2, column 29.  Encountered: <EOF> after : \"\\\"abc; }\""))
                .isEqualTo("lexical error: encountered end of file after \"\\\"abc; }\"");
    }

    @Test
    void languageLevelProblemsKeepTheirFirstSentence() {
        assertThat(JavaSourceParser.readable("Record Declarations are not supported. Pay attention that this feature is"
                + " supported starting from 'JAVA_14' language level. If you need that feature the language level must be"
                + " configured in the configuration before parsing the source files."))
                .isEqualTo("Record Declarations are not supported");
    }

    @Test
    void bracketsInStringsCharactersTextBlocksAndCommentsDoNotCountTowardsTheNestingLimit() {
        String deep = "(".repeat(JavaSourceParser.MAX_NESTING + 1);
        String text = "class A {\n  String s = \"" + deep + "\";\n  char c = '(';\n  // " + deep + "\n  /* " + deep
                + " */\n  String t = \"\"\"\n    " + deep + "\n    \"\"\";\n  String e = \"\\\"(\";\n}\n";
        assertThat(JavaSourceParser.nesting(text)).isNull();
        assertThat(JavaSourceParser.nesting("class A {\n int x = " + deep + "1;\n}\n")).satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).contains("more than 10,000 levels deep at line 2");
        });
    }
}
