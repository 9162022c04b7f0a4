package io.github.pdguard.analysis.discovery;

import io.github.pdguard.analysis.discovery.NameDictionary.Match;

import java.util.List;

/**
 * The ready-to-paste declaration for a candidate: {@code @PersonalData} with its category, or
 * {@code @Sensitive} with its special category, and every other attribute that
 * {@code check} requires left empty for the team to fill in. Empty attributes count as not given,
 * so {@code check} reports them as missing until they are filled in.
 */
public final class Suggestion {
    /** The package of pdguard's annotations. */
    public static final String PACKAGE = "io.github.pdguard.annotations";

    private Suggestion() {
    }

    /**
     * {@code @PersonalData(category = Category.CONTACT, purposes = {}, retention = "")} or
     * {@code @Sensitive(category = SpecialCategory.HEALTH, purposes = {}, retention = "", legalBasis = {}, condition = {})}.
     *
     * @param qualified write the annotation and enum with their package (when the file has other
     *                  types of those simple names)
     */
    public static String annotation(Match match, boolean qualified) {
        return annotation(match, qualified, qualified);
    }

    /** As {@link #annotation(Match, boolean)}, qualifying the annotation and the category enum separately. */
    public static String annotation(Match match, boolean qualifiedAnnotation, boolean qualifiedEnum) {
        String annotationPrefix = qualifiedAnnotation ? PACKAGE + "." : "";
        String enumPrefix = qualifiedEnum ? PACKAGE + "." : "";
        if (match.isSpecial()) {
            return "@" + annotationPrefix + "Sensitive(category = " + enumPrefix + "SpecialCategory." + match.categoryName()
                    + ", purposes = {}, retention = \"\", legalBasis = {}, condition = {})";
        }
        return "@" + annotationPrefix + "PersonalData(category = " + enumPrefix + "Category." + match.categoryName()
                + ", purposes = {}, retention = \"\")";
    }

    /** The simple names of the annotation and the enum the suggestion uses: {@code PersonalData, Category}. */
    public static List<String> simpleNames(Match match) {
        return match.isSpecial() ? List.of("Sensitive", "SpecialCategory") : List.of("PersonalData", "Category");
    }
}
