package io.github.pdguard.analysis.discovery;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.SpecialCategory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which names suggest personal data: a dictionary of English and German terms, each mapped to a
 * {@link Category} or {@link SpecialCategory}, kept as data in the resource
 * {@value #RESOURCE} beside this class (the file's header explains its format).
 *
 * <p>A name ({@code customerEmail}, {@code date_of_birth}, {@code GEBURTSDATUM}) is split into
 * whole words; a term matches consecutive whole words whose letters, joined, spell it, and only
 * as the <em>head</em> of the name: the last word, or followed only by words that do not change
 * what it is ({@code emailList}, {@code passwordHash}). So {@code emailTemplate},
 * {@code mailServer}, {@code tokenType} and {@code birthDateFormat} are not matched: they name a
 * template, a server, a type and a format. Words before the term can veto it
 * ({@code maskedIban}, {@code keystorePassword}, {@code nextToken}).
 *
 * <p>Weak terms ({@code name}, {@code address}, {@code city}, {@code token}) need a person: a
 * person word right before them in the name ({@code customerName}) or a person-like enclosing
 * type ({@code Customer.name}). In a type whose name says it is a non-person or a program part
 * ({@code Product}, {@code ServerConfig}, {@code MailService}) nothing matches unless the name
 * itself names a person ({@code Company.contactEmail}). See {@link #typeContext(String)}.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class NameDictionary {
    /** The bundled dictionary, relative to this class. */
    public static final String RESOURCE = "personal-data-names.tsv";

    /** What an enclosing type's name says about its instances. */
    public enum TypeContext {
        /** A person or a description of one: Customer, UserEntity, PatientDto, Profile. Every term matches. */
        PERSON,
        /**
         * Something made for one person: Order, Booking, Invoice, Address. Strong terms and the weak
         * IDENTITY and CONTACT terms match ({@code Order.name}, {@code Address.city}); other weak
         * terms do not ({@code Shipment.weight} is the parcel's).
         */
        PERSON_RELATED,
        /** Nothing known: Ticket, Payment, LoginEvent. Only strong terms match. */
        NEUTRAL,
        /** A non-person or a program part: Product, Company, ServerConfig, CustomerService. Nothing matches. */
        NON_PERSON
    }

    /**
     * A name that looks like personal data.
     *
     * @param term            the dictionary term as written in the data ({@code date of birth})
     * @param words           the words of the name that spell it, lower case ({@code [date, of, birth]})
     * @param category        the category, or {@code null} when the term is a special category
     * @param specialCategory the special category, or {@code null} when the term is a category
     * @param weak            whether the term needed a person (a weak term such as {@code name})
     * @param person          for a weak term, what made it a person's: the person word in the name
     *                        ({@code customer}) or the enclosing type ({@code Customer}); else {@code null}
     */
    public record Match(String term, List<String> words, Category category, SpecialCategory specialCategory,
                        boolean weak, String person) {
        public Match {
            Objects.requireNonNull(term, "term");
            words = List.copyOf(words);
            if ((category == null) == (specialCategory == null)) {
                throw new IllegalArgumentException("exactly one of category and specialCategory");
            }
        }

        /** Whether it is special-category data (Art. 9/10), to be declared {@code @Sensitive}. */
        public boolean isSpecial() {
            return specialCategory != null;
        }

        /** {@code CONTACT}, {@code HEALTH}: the enum constant's name. */
        public String categoryName() {
            return isSpecial() ? specialCategory.name() : category.name();
        }

        /** The matched words as one phrase: {@code date of birth}. */
        public String matched() {
            return String.join(" ", words);
        }
    }

    private record Term(String spelling, Category category, SpecialCategory special, boolean weak, Set<String> unless) {
    }

    private static final class Holder {
        static final NameDictionary STANDARD = loadStandard();
    }

    private final Map<String, Term> terms;
    private final Set<String> not;
    private final Set<String> suffix;
    private final Set<String> neutral;
    private final Set<String> person;
    private final Set<String> personType;
    private final Set<String> personRelated;
    private final Set<String> thing;
    private final Set<String> technical;
    private final Set<String> generic;
    private final Set<String> component;
    private final int longestKey;

    private NameDictionary(Map<String, Term> terms, Map<String, Set<String>> lists) {
        this.terms = Map.copyOf(terms);
        this.not = Set.copyOf(lists.get("not"));
        this.suffix = Set.copyOf(lists.get("suffix"));
        this.neutral = Set.copyOf(lists.get("neutral"));
        this.person = Set.copyOf(lists.get("person"));
        this.personType = Set.copyOf(lists.get("person-type"));
        this.personRelated = Set.copyOf(lists.get("person-related"));
        this.thing = Set.copyOf(lists.get("thing"));
        this.technical = Set.copyOf(lists.get("technical"));
        this.generic = Set.copyOf(lists.get("generic"));
        this.component = Set.copyOf(lists.get("component"));
        this.longestKey = terms.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The dictionary bundled with pdguard, read once from {@value #RESOURCE}. */
    public static NameDictionary standard() {
        return Holder.STANDARD;
    }

    private static NameDictionary loadStandard() {
        try (InputStream in = NameDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the name dictionary " + RESOURCE + " is missing from the plugin");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name dictionary " + RESOURCE, e);
        }
    }

    /**
     * Reads a dictionary in the format of {@value #RESOURCE}.
     *
     * @throws IllegalArgumentException naming the line of the first malformed entry
     */
    public static NameDictionary parse(List<String> lines) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String kind : List.of("not", "suffix", "neutral", "person", "person-type", "person-related", "thing", "technical", "generic",
                "component")) {
            lists.put(kind, new HashSet<>());
        }
        Map<String, Set<String>> groups = new HashMap<>();
        List<String[]> termLines = new ArrayList<>();
        List<Integer> termLineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t+");
            String kind = columns[0];
            if (kind.equals("term")) {
                termLines.add(columns);
                termLineNumbers.add(i + 1);
            } else if (kind.equals("unless")) {
                if (columns.length != 3) {
                    throw bad(i + 1, "want: unless<TAB>GROUP<TAB>WORD...");
                }
                groups.computeIfAbsent(columns[1], g -> new HashSet<>()).addAll(wordList(columns[2]));
            } else if (lists.containsKey(kind)) {
                if (columns.length != 2) {
                    throw bad(i + 1, "want: " + kind + "<TAB>WORD...");
                }
                lists.get(kind).addAll(wordList(columns[1]));
            } else {
                throw bad(i + 1, "unknown kind '" + kind + "'");
            }
        }
        Map<String, Term> terms = new HashMap<>();
        for (int t = 0; t < termLines.size(); t++) {
            String[] columns = termLines.get(t);
            int lineNumber = termLineNumbers.get(t);
            if (columns.length < 4 || columns.length > 5) {
                throw bad(lineNumber, "want: term<TAB>WORDS<TAB>CATEGORY<TAB>strong|weak[<TAB>GROUP,...]");
            }
            String key = String.join("", words(columns[1].replace(' ', '_')));
            if (key.isEmpty()) {
                throw bad(lineNumber, "empty term");
            }
            Category category = null;
            SpecialCategory special = null;
            try {
                category = Category.valueOf(columns[2]);
            } catch (IllegalArgumentException notCategory) {
                try {
                    special = SpecialCategory.valueOf(columns[2]);
                } catch (IllegalArgumentException notSpecial) {
                    throw bad(lineNumber, "'" + columns[2] + "' is neither a Category nor a SpecialCategory");
                }
            }
            if (!columns[3].equals("strong") && !columns[3].equals("weak")) {
                throw bad(lineNumber, "'" + columns[3] + "' is neither strong nor weak");
            }
            Set<String> unless = new HashSet<>();
            if (columns.length == 5) {
                for (String group : columns[4].split(",")) {
                    Set<String> words = groups.get(group.strip());
                    if (words == null) {
                        throw bad(lineNumber, "no 'unless' group named '" + group.strip() + "'");
                    }
                    unless.addAll(words);
                }
            }
            Term previous = terms.put(key, new Term(columns[1], category, special, columns[3].equals("weak"), Set.copyOf(unless)));
            if (previous != null) {
                throw bad(lineNumber, "'" + columns[1] + "' spells the same as '" + previous.spelling() + "'");
            }
        }
        return new NameDictionary(terms, lists);
    }

    private static IllegalArgumentException bad(int line, String reason) {
        return new IllegalArgumentException(RESOURCE + " line " + line + ": " + reason);
    }

    private static List<String> wordList(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split(" +")) {
            words.add(normalise(word));
        }
        return words;
    }

    /** How many terms the dictionary has. */
    public int size() {
        return terms.size();
    }

    /** {@link #classify(String, String)} without an enclosing type: weak terms need a person word in the name. */
    public Optional<Match> classify(String identifier) {
        return classify(identifier, null);
    }

    /**
     * Whether a name of a field, record component, parameter, local or getter ({@code getEmail})
     * suggests personal data.
     *
     * @param identifier        the name as written in the code
     * @param enclosingTypeName the type that declares the field or component, as simple names from
     *                          the outermost type inwards ({@code Customer}, {@code Customer.Address});
     *                          {@code null} when unknown or not meaningful (parameters, locals)
     */
    public Optional<Match> classify(String identifier, String enclosingTypeName) {
        List<String> words = words(identifier);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // A getter names what it returns: getEmail is email.
        int start = words.size() > 1 && words.get(0).equals("get") ? 1 : 0;
        // The head: the last word, or an earlier one followed only by suffix words (emailList, address2).
        for (int end = words.size() - 1; end >= start; end--) {
            for (int begin = start; begin <= end; begin++) {
                Term term = lookup(words, begin, end);
                if (term != null) {
                    return judge(words, start, begin, end, term, enclosingTypeName);
                }
            }
            if (!isSuffix(words.get(end))) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> judge(List<String> words, int start, int begin, int end, Term term, String enclosingTypeName) {
        List<String> before = words.subList(start, begin);
        for (String word : before) {
            if (not.contains(word) || term.unless().contains(word)) {
                return Optional.empty();
            }
        }
        // A person word counts when only neutral words stand between it and the term: customerHomeCity,
        // not userNotFoundEncodedPassword.
        String personWord = before.stream().filter(person::contains).findFirst().orElse(null);
        String last = before.isEmpty() ? "" : before.get(before.size() - 1);
        boolean namesPerson = personWord != null && (person.contains(last) || neutral.contains(last));
        String owner = null;
        if (term.weak()) {
            if (namesPerson) {
                owner = personWord;
            } else if (before.stream().allMatch(neutral::contains) && personalIn(term, typeContext(enclosingTypeName))) {
                owner = enclosingTypeName;
            } else {
                return Optional.empty();
            }
        } else if (!namesPerson && typeContext(enclosingTypeName) == TypeContext.NON_PERSON) {
            return Optional.empty();
        }
        return Optional.of(new Match(term.spelling(), words.subList(begin, end + 1), term.category(), term.special(),
                term.weak(), owner));
    }

    /** Whether a weak term names a person's data in a type of this context. */
    private static boolean personalIn(Term term, TypeContext context) {
        return context == TypeContext.PERSON || context == TypeContext.PERSON_RELATED
                && (term.category() == Category.IDENTITY || term.category() == Category.CONTACT);
    }

    private Term lookup(List<String> words, int begin, int end) {
        StringBuilder joined = new StringBuilder();
        for (int i = begin; i <= end; i++) {
            joined.append(words.get(i));
            if (joined.length() > longestKey + 3) {
                return null;
            }
        }
        String key = joined.toString();
        Term exact = terms.get(key);
        if (exact != null || key.length() <= 3) {
            return exact;
        }
        // Plurals of the head: emails, phoneNumbers, addresses, allergies.
        if (key.endsWith("ies") && terms.containsKey(key.substring(0, key.length() - 3) + "y")) {
            return terms.get(key.substring(0, key.length() - 3) + "y");
        }
        if (key.endsWith("es") && terms.containsKey(key.substring(0, key.length() - 2))) {
            return terms.get(key.substring(0, key.length() - 2));
        }
        if (key.endsWith("s")) {
            return terms.get(key.substring(0, key.length() - 1));
        }
        return null;
    }

    private boolean isSuffix(String word) {
        return suffix.contains(word) || word.chars().allMatch(Character::isDigit);
    }

    /**
     * What an enclosing type's name says about its instances. The name may be nested
     * ({@code Customer.Builder}): the innermost type decides when its name says something; a
     * neutral nested type takes {@link TypeContext#PERSON} from an enclosing person type (a builder
     * or nested record of {@code Customer}), never {@code NON_PERSON} (a row record inside a
     * service still holds data). For one simple name: generic suffixes are skipped
     * ({@code CustomerDto} is {@code Customer}); a head word of a non-person or program part
     * ({@code Product}, {@code Config}, {@code Service}) or a technical word anywhere
     * ({@code InetAddress}, {@code SmtpSettings}) gives {@code NON_PERSON}; otherwise a person
     * word anywhere ({@code UserSession}) or a person-like head ({@code Profile}, but not
     * {@code ClientProfile}) gives {@code PERSON}, and a head such as {@code Order} or
     * {@code Address} {@code PERSON_RELATED}.
     * Package qualifiers (lower-case segments) are ignored.
     */
    public TypeContext typeContext(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return TypeContext.NEUTRAL;
        }
        String[] parts = typeName.split("[.$]");
        boolean innermost = true;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            int generics = part.indexOf('<');
            if (generics >= 0) {
                part = part.substring(0, generics);
            }
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                continue;
            }
            TypeContext context = simpleTypeContext(part);
            if (context == TypeContext.PERSON || context == TypeContext.PERSON_RELATED
                    || context == TypeContext.NON_PERSON && innermost) {
                return context;
            }
            innermost = false;
        }
        return TypeContext.NEUTRAL;
    }

    /**
     * Whether a field's declared type is a program part rather than a value: a field
     * {@code EmailService email} or {@code PasswordEncoder password} holds no personal data. The
     * type as written ({@code java.util.function.Supplier<String>}, {@code Foo[]}); its simple
     * name's head word decides.
     */
    public boolean isProgramPart(String typeAsWritten) {
        if (typeAsWritten == null) {
            return false;
        }
        String type = typeAsWritten;
        int generics = type.indexOf('<');
        if (generics >= 0) {
            type = type.substring(0, generics);
        }
        type = type.replace("[]", "").strip();
        type = type.substring(type.lastIndexOf('.') + 1);
        List<String> words = headWords(type);
        return !words.isEmpty() && component.contains(words.get(words.size() - 1));
    }

    /** The words of a type's simple name without generic suffixes ({@code CustomerDto} is {@code customer}). */
    private List<String> headWords(String simpleName) {
        List<String> words = new ArrayList<>(words(simpleName));
        while (words.size() > 1 && generic.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private TypeContext simpleTypeContext(String simpleName) {
        List<String> words = headWords(simpleName);
        if (words.isEmpty()) {
            return TypeContext.NEUTRAL;
        }
        String head = words.get(words.size() - 1);
        if (thing.contains(head) || words.stream().anyMatch(technical::contains)) {
            return TypeContext.NON_PERSON;
        }
        if (person.contains(head) || words.stream().anyMatch(person::contains)) {
            return TypeContext.PERSON;
        }
        // Profile and Identity describe a person unless the name says whose: ClientProfile is a client's.
        if (personType.contains(head) && words.stream().noneMatch(thing::contains)) {
            return TypeContext.PERSON;
        }
        if (personRelated.contains(head)) {
            return TypeContext.PERSON_RELATED;
        }
        return TypeContext.NEUTRAL;
    }

    /**
     * The words of a Java name, lower case, with ä ö ü ß as ae oe ue ss: split at underscores,
     * dollar signs, camel-case humps ({@code customerEmail}), acronym ends ({@code IPAddress} is
     * {@code ip address}) and between letters and digits ({@code address2}).
     */
    public static List<String> words(String identifier) {
        if (identifier == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int length = identifier.length();
        for (int i = 0; i < length; i++) {
            char c = identifier.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(current, words);
                continue;
            }
            if (current.length() > 0) {
                char previous = current.charAt(current.length() - 1);
                boolean digit = Character.isDigit(c);
                boolean previousDigit = Character.isDigit(previous);
                if (digit != previousDigit) {
                    flush(current, words);
                } else if (!digit && Character.isUpperCase(c)) {
                    boolean nextLower = i + 1 < length && Character.isLowerCase(identifier.charAt(i + 1));
                    if (Character.isLowerCase(previous) || Character.isUpperCase(previous) && nextLower) {
                        flush(current, words);
                    }
                }
            }
            current.append(c);
        }
        flush(current, words);
        return Collections.unmodifiableList(words);
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (current.length() > 0) {
            words.add(normalise(current.toString()));
            current.setLength(0);
        }
    }

    private static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        return lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }

    /** Every term's category, for documentation and tests: term as written to category or special-category name. */
    public Map<String, String> terms() {
        Map<String, String> result = new TreeMap<>();
        terms.values().forEach(t -> result.put(t.spelling(), t.category() != null ? t.category().name() : t.special().name()));
        return result;
    }

    @Override
    public String toString() {
        return "NameDictionary[" + terms.size() + " terms]";
    }
}
