package io.github.pdguard.analysis.rules.discovery;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.discovery.Candidate;
import io.github.pdguard.analysis.discovery.Discovery;
import io.github.pdguard.analysis.discovery.NameDictionary;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = Discovery.RULE_ID, severity = Severity.NOTE,
        summary = "a field or record component whose name strongly suggests personal data (e-mail, IBAN, date of birth,"
                + " diagnosis; English and German names) carries no declaration",
        description = "Adopting pdguard starts with finding the personal data. pdguard matches the names of undeclared"
                + " fields and record components against a dictionary of English and German terms (email, phoneNumber,"
                + " dateOfBirth, iban, ipAddress, password, diagnosis, geburtsdatum, strasse, steuerId, ...), on whole"
                + " words of camelCase, snake_case and SCREAMING_CASE names, and stays quiet on look-alikes"
                + " (emailTemplate, mailServer, tokenType, fileName), on constants, and on fields of types whose name"
                + " says they are not persons (Product.name, ServerConfig.password). Declare the field with the"
                + " suggested @PersonalData or @Sensitive and fill in its purposes and retention (mvn pdguard:discover"
                + " -Dpdguard.apply=true inserts them), or suppress the finding with"
                + " @SuppressWarnings(\"pdguard:unannotated-personal-data\"). Off with inferPersonalData=false.")
public final class UnannotatedPersonalDataRule implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!context.config().inferPersonalData()) {
            return;
        }
        for (Candidate candidate : new Discovery(NameDictionary.standard()).candidates(context.declarations())) {
            context.report(candidate.file(), candidate.name(), message(candidate));
        }
    }

    static String message(Candidate candidate) {
        boolean special = candidate.match().isSpecial();
        String template = special
                ? "@Sensitive(category = SpecialCategory." + candidate.match().categoryName()
                        + ", purposes = {...}, retention = \"...\", legalBasis = {...}, condition = {...})"
                : "@PersonalData(category = Category." + candidate.match().categoryName()
                        + ", purposes = {...}, retention = \"...\")";
        return candidate.displayName() + " looks like " + (special ? "special-category " : "") + "personal data ("
                + candidate.reason() + "): declare it with " + template
                + " or suppress with @SuppressWarnings(\"pdguard:" + Discovery.RULE_ID + "\")";
    }
}
