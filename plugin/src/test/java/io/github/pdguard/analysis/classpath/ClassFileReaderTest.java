package io.github.pdguard.analysis.classpath;

import io.github.pdguard.analysis.classpath.ClassDeclarations.Nesting;
import io.github.pdguard.analysis.classpath.ElementValue.AnnotationValue;
import io.github.pdguard.analysis.classpath.ElementValue.ArrayValue;
import io.github.pdguard.analysis.classpath.ElementValue.ClassValue;
import io.github.pdguard.analysis.classpath.ElementValue.EnumValue;
import io.github.pdguard.analysis.classpath.ElementValue.PrimitiveValue;
import io.github.pdguard.analysis.classpath.ElementValue.StringValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassFileReaderTest {
    private static final String PD = "io.github.pdguard.annotations.PersonalData";
    private static final String SENSITIVE = "io.github.pdguard.annotations.Sensitive";
    private static final String CATEGORY = "io.github.pdguard.annotations.Category";

    @TempDir
    static Path dir;
    static Compiled compiled;

    @BeforeAll
    static void compile() {
        compiled = Compiled.compile(dir, Map.ofEntries(
                Map.entry("shop/Purposes.java", """
                        package shop;
                        public final class Purposes {
                            public static final String BILLING = "billing";
                            public static final String SHIPPING = "ship" + "ping";
                            public static final int LIMIT = 3;
                            private Purposes() {}
                        }
                        """),
                Map.entry("shop/Customer.java", """
                        package shop;
                        import io.github.pdguard.annotations.*;
                        import java.util.List;
                        @Deprecated(since = "9")
                        public class Customer {
                            @PersonalData(category = {Category.CONTACT, Category.IDENTITY}, purposes = {"a", "b"},
                                    retention = "P2Y", legalBasis = LegalBasis.CONSENT)
                            private String email;
                            @PersonalData(purposes = {Purposes.BILLING, Purposes.SHIPPING})
                            private String iban;
                            @Sensitive(category = SpecialCategory.HEALTH, condition = Article9Condition.EXPLICIT_CONSENT,
                                    purposes = "care")
                            private List<String> diagnoses;
                            @PersonalData
                            private boolean active;
                            @PersonalData
                            private boolean isVerified;
                            @PersonalData
                            private int xCoordinate;
                            @PersonalData
                            static String defaultEmail;
                            private String note;
                            public static final String KIND = "customer";

                            public Customer(@PersonalData(purposes = "signup") String email, int age) { this.email = email; }

                            // What Lombok's @Getter puts into the class file: plain methods.
                            public String getEmail() { return email; }
                            public String getIban() { return iban; }
                            public java.util.Collection<String> getDiagnoses() { return diagnoses; }
                            public boolean isActive() { return active; }
                            public boolean isVerified() { return isVerified; }
                            public int getXCoordinate() { return xCoordinate; }
                            public static String getDefaultEmail() { return defaultEmail; }
                            public String getNote() { return note; }
                            // Not getters: a parameter, no return value, a primitive of another type.
                            public String getEmail(int index) { return email; }
                            public void setEmail(String email) { this.email = email; }

                            @ProcessingPurpose({"billing", Purposes.SHIPPING})
                            public void invoice(@PersonalData(purposes = "billing") String iban, long amount) {}

                            @Redacts
                            public static String mask(String value) { return "***"; }

                            @PersonalData(category = Category.CONTACT)
                            public String contact() { return email; }
                        }
                        """),
                Map.entry("shop/Person.java", """
                        package shop;
                        import io.github.pdguard.annotations.*;
                        public record Person(@PersonalData(category = Category.IDENTITY, purposes = "billing") String name,
                                             int age,
                                             @Sensitive(category = SpecialCategory.HEALTH) String diagnosis) {
                        }
                        """),
                Map.entry("shop/Order.java", """
                        package shop;
                        import io.github.pdguard.annotations.*;
                        @PersonalData(purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
                        @ProcessingPurpose("billing")
                        public class Order {
                            @PersonalData(category = Category.CONTACT) String address;

                            @Sensitive(legalBasis = LegalBasis.LEGAL_OBLIGATION)
                            public static class Line {
                                @PersonalData String text;
                            }

                            public class Inner {
                                public Inner(@PersonalData String value) {}
                            }

                            interface Callback {}

                            Object local() {
                                class Local {}
                                return new Local();
                            }

                            Callback anonymous() {
                                return new Callback() {};
                            }
                        }
                        """),
                Map.entry("shop/Status.java", """
                        package shop;
                        import io.github.pdguard.annotations.*;
                        public enum Status {
                            ACTIVE("a");
                            Status(@PersonalData String code) {}
                        }
                        """),
                Map.entry("shop/Top$Level.java", """
                        package shop;
                        public class Top$Level {}
                        """),
                Map.entry("shop/billing/package-info.java", """
                        @ProcessingPurpose("billing")
                        package shop.billing;
                        import io.github.pdguard.annotations.ProcessingPurpose;
                        """),
                Map.entry("shop/Text.java", """
                        package shop;
                        import io.github.pdguard.annotations.*;
                        public class Text {
                            @PersonalData(purposes = {"Abrechnung-äöü", "€uro", "\\u0000nul", "emoji-😀"})
                            String unicode;
                        }
                        """),
                Map.entry("values/All.java", """
                        package values;
                        import java.lang.annotation.*;
                        @Retention(RetentionPolicy.RUNTIME)
                        public @interface All {
                            byte b(); char c(); double d(); float f(); int i(); long j(); short s(); boolean z();
                            String str(); Class<?> type(); Class<?>[] types(); RetentionPolicy policy();
                            Retention nested(); Retention[] nestedArray(); int[] ints();
                        }
                        """),
                Map.entry("values/Uses.java", """
                        package values;
                        import java.lang.annotation.*;
                        @All(b = 1, c = 'x', d = 2.5, f = 1.5f, i = 42, j = 1L << 40, s = -3, z = true,
                             str = "s", type = String[].class, types = {int.class, void.class, Uses.Map.Entry.class},
                             policy = RetentionPolicy.CLASS, nested = @Retention(RetentionPolicy.SOURCE),
                             nestedArray = {@Retention(RetentionPolicy.RUNTIME)}, ints = {})
                        public class Uses {
                            interface Map { interface Entry {} }
                        }
                        """)),
                "-g", "-parameters");
    }

    @Test
    void enumsArraysAndStringsInAnnotationValues() throws Exception {
        ClassDeclarations customer = compiled.read("shop.Customer");
        AnnotationInfo email = customer.field("email").orElseThrow().personalData().orElseThrow();

        assertThat(email.typeName()).isEqualTo(PD);
        assertThat(email.enumConstants("category")).containsExactly("CONTACT", "IDENTITY");
        assertThat(email.value("category").orElseThrow().elements()).containsExactly(
                new EnumValue(CATEGORY, "CONTACT"), new EnumValue(CATEGORY, "IDENTITY"));
        assertThat(email.strings("purposes")).containsExactly("a", "b");
        assertThat(email.string("retention")).contains("P2Y");
        // A single value for an array element is stored as an array of one.
        assertThat(email.value("legalBasis")).contains(new ArrayValue(List.of(
                new EnumValue("io.github.pdguard.annotations.LegalBasis", "CONSENT"))));
        assertThat(email.enumConstants("legalBasis")).containsExactly("CONSENT");
        assertThat(email.values().keySet()).containsExactly("category", "purposes", "retention", "legalBasis");

        AnnotationInfo diagnoses = customer.field("diagnoses").orElseThrow().dataDeclaration().orElseThrow();
        assertThat(diagnoses.typeName()).isEqualTo(SENSITIVE);
        assertThat(diagnoses.enumConstants("category")).containsExactly("HEALTH");
        assertThat(diagnoses.enumConstants("condition")).containsExactly("EXPLICIT_CONSENT");
        assertThat(diagnoses.strings("purposes")).containsExactly("care");
    }

    @Test
    void elementsLeftAtTheirDefaultAreAbsent() throws Exception {
        AnnotationInfo active = compiled.read("shop.Customer").field("active").orElseThrow().personalData().orElseThrow();
        assertThat(active.values()).isEmpty();
        assertThat(active.has("purposes")).isFalse();
        assertThat(active.strings("purposes")).isEmpty();
        assertThat(active.string("retention")).isEmpty();
    }

    @Test
    void constantsArriveAsTheirValue() throws Exception {
        ClassDeclarations customer = compiled.read("shop.Customer");
        assertThat(customer.field("iban").orElseThrow().personalData().orElseThrow().strings("purposes"))
                .containsExactly("billing", "shipping");
        assertThat(customer.methods("invoice").get(0).processingPurposes()).contains(List.of("billing", "shipping"));

        ClassDeclarations purposes = compiled.read("shop.Purposes");
        assertThat(purposes.field("BILLING").orElseThrow().constantValue()).isEqualTo("billing");
        assertThat(purposes.field("LIMIT").orElseThrow().constantValue()).isEqualTo(3);
        assertThat(purposes.declaresPdguard()).isFalse();
    }

    @Test
    void otherAnnotationsKeepTheirTypeButNotTheirValues() throws Exception {
        ClassDeclarations customer = compiled.read("shop.Customer");
        assertThat(customer.annotations()).extracting(AnnotationInfo::typeName).containsExactly("java.lang.Deprecated");
        assertThat(customer.annotations().get(0).values()).isEmpty();
        assertThat(customer.dataDeclaration()).isEmpty();
    }

    @Test
    void fieldsAndMethods() throws Exception {
        ClassDeclarations customer = compiled.read("shop.Customer");
        assertThat(customer.binaryName()).isEqualTo("shop.Customer");
        assertThat(customer.sourceName()).isEqualTo("shop.Customer");
        assertThat(customer.packageName()).isEqualTo("shop");
        assertThat(customer.simpleName()).isEqualTo("Customer");
        assertThat(customer.nesting()).isEqualTo(Nesting.TOP_LEVEL);
        assertThat(customer.superclass()).isNull();
        assertThat(customer.sourceFile()).isEqualTo("Customer.java");
        assertThat(customer.majorVersion()).isEqualTo(Runtime.version().feature() + 44);
        assertThat(customer.declaresPdguard()).isTrue();

        FieldDeclaration diagnoses = customer.field("diagnoses").orElseThrow();
        assertThat(diagnoses.typeName()).isEqualTo("java.util.List");
        assertThat(diagnoses.descriptor()).isEqualTo("Ljava/util/List;");
        assertThat(diagnoses.signature()).isEqualTo("Ljava/util/List<Ljava/lang/String;>;");
        assertThat(diagnoses.isStatic()).isFalse();
        assertThat(customer.field("defaultEmail").orElseThrow().isStatic()).isTrue();
        assertThat(customer.field("active").orElseThrow().typeName()).isEqualTo("boolean");
        assertThat(customer.field("note").orElseThrow().annotations()).isEmpty();
        assertThat(customer.field("KIND").orElseThrow().constantValue()).isEqualTo("customer");

        MethodDeclaration invoice = customer.methods("invoice").get(0);
        assertThat(invoice.descriptor()).isEqualTo("(Ljava/lang/String;J)V");
        assertThat(invoice.parameterTypes()).containsExactly("java.lang.String", "long");
        assertThat(invoice.parameterCount()).isEqualTo(2);
        assertThat(invoice.returnType()).isEqualTo("void");
        assertThat(invoice.parameterNames()).containsExactly("iban", "amount");
        assertThat(invoice.parameterDataDeclaration(0).orElseThrow().strings("purposes")).containsExactly("billing");
        assertThat(invoice.parameterAnnotations().get(1)).isEmpty();
        assertThat(invoice.isRedacts()).isFalse();

        MethodDeclaration constructor = customer.methods("<init>").get(0);
        assertThat(constructor.isConstructor()).isTrue();
        assertThat(constructor.parameterNames()).containsExactly("email", "age");
        assertThat(constructor.parameterDataDeclaration(0).orElseThrow().strings("purposes")).containsExactly("signup");

        MethodDeclaration contact = customer.methods("contact").get(0);
        assertThat(contact.returnType()).isEqualTo("java.lang.String");
        assertThat(contact.dataDeclaration().orElseThrow().enumConstants("category")).containsExactly("CONTACT");
    }

    @Test
    void redactsAndProcessingPurpose() throws Exception {
        ClassDeclarations customer = compiled.read("shop.Customer");
        MethodDeclaration mask = customer.methods("mask").get(0);
        assertThat(mask.isRedacts()).isTrue();
        assertThat(mask.isStatic()).isTrue();
        assertThat(mask.processingPurposes()).isEmpty();
        assertThat(customer.methods("getEmail").get(0).isRedacts()).isFalse();

        ClassDeclarations order = compiled.read("shop.Order");
        assertThat(order.processingPurposes()).contains(List.of("billing"));

        ClassDeclarations packageInfo = compiled.read("shop.billing.package-info");
        assertThat(packageInfo.isPackageInfo()).isTrue();
        assertThat(packageInfo.packageName()).isEqualTo("shop.billing");
        assertThat(packageInfo.processingPurposes()).contains(List.of("billing"));
    }

    @Test
    void lombokStyleGettersAreMatchedByConvention() throws Exception {
        Map<String, FieldDeclaration> getters = compiled.read("shop.Customer").getters();
        assertThat(getters).containsOnlyKeys("getEmail", "getIban", "getDiagnoses", "isActive", "isVerified",
                "getXCoordinate", "getDefaultEmail");
        assertThat(getters.get("getEmail").name()).isEqualTo("email");
        assertThat(getters.get("isActive").name()).isEqualTo("active");
        assertThat(getters.get("isVerified").name()).isEqualTo("isVerified");
        assertThat(getters.get("getXCoordinate").name()).isEqualTo("xCoordinate");
        assertThat(getters.get("getDiagnoses").name()).isEqualTo("diagnoses");
        assertThat(getters.get("getDefaultEmail").isStatic()).isTrue();
    }

    @Test
    void recordComponentsCarryTheAnnotationsJavaPropagates() throws Exception {
        ClassDeclarations person = compiled.read("shop.Person");
        assertThat(person.isRecord()).isTrue();
        assertThat(person.superclass()).isEqualTo("java.lang.Record");
        assertThat(person.recordComponents()).extracting(RecordComponentDeclaration::name)
                .containsExactly("name", "age", "diagnosis");

        RecordComponentDeclaration name = person.recordComponent("name").orElseThrow();
        assertThat(name.typeName()).isEqualTo("java.lang.String");
        AnnotationInfo declaration = name.personalData().orElseThrow();
        assertThat(declaration.enumConstants("category")).containsExactly("IDENTITY");
        assertThat(declaration.strings("purposes")).containsExactly("billing");
        assertThat(person.recordComponent("age").orElseThrow().annotations()).isEmpty();
        assertThat(person.recordComponent("diagnosis").orElseThrow().sensitive()).isPresent();

        // @PersonalData targets FIELD, METHOD, PARAMETER: javac puts it on all three.
        assertThat(person.field("name").orElseThrow().personalData()).isPresent();
        assertThat(person.methods("name").get(0).personalData()).isPresent();
        MethodDeclaration canonical = person.methods("<init>").get(0);
        assertThat(canonical.parameterCount()).isEqualTo(3);
        assertThat(canonical.parameterDataDeclaration(0)).isPresent();
        assertThat(canonical.parameterDataDeclaration(1)).isEmpty();
        assertThat(canonical.parameterAnnotations().get(2)).extracting(AnnotationInfo::typeName)
                .containsExactly(SENSITIVE);

        Map<String, FieldDeclaration> getters = person.getters();
        assertThat(getters).containsOnlyKeys("name", "diagnosis");
        assertThat(getters.get("name").name()).isEqualTo("name");
    }

    @Test
    void recordComponentsWithoutTheRecordAttributeComeFromTheFields() throws Exception {
        byte[] bytes = compiled.bytes("shop.Person");
        byte[] attributeName = {1, 0, 6, 'R', 'e', 'c', 'o', 'r', 'd'};
        int at = indexOf(bytes, attributeName);
        assertThat(at).isPositive();
        bytes[at + attributeName.length - 1] = 'x';  // "Recorx": an attribute nobody knows, skipped

        ClassDeclarations person = ClassFileReader.read(bytes);
        assertThat(person.isRecord()).isTrue();
        assertThat(person.recordComponents()).extracting(RecordComponentDeclaration::name)
                .containsExactly("name", "age", "diagnosis");
        assertThat(person.recordComponent("name").orElseThrow().personalData().orElseThrow().strings("purposes"))
                .containsExactly("billing");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void typeLevelAnnotationsOnAClassAndItsNestedClass() throws Exception {
        ClassDeclarations order = compiled.read("shop.Order");
        AnnotationInfo orderDefault = order.dataDeclaration().orElseThrow();
        assertThat(orderDefault.typeName()).isEqualTo(PD);
        assertThat(orderDefault.strings("purposes")).containsExactly("billing");
        assertThat(orderDefault.string("retention")).contains("P10Y");
        assertThat(orderDefault.enumConstants("legalBasis")).containsExactly("CONTRACT");
        assertThat(order.annotations()).extracting(AnnotationInfo::simpleName)
                .containsExactly("PersonalData", "ProcessingPurpose");

        ClassDeclarations line = compiled.read("shop.Order$Line");
        assertThat(line.binaryName()).isEqualTo("shop.Order$Line");
        assertThat(line.sourceName()).isEqualTo("shop.Order.Line");
        assertThat(line.simpleName()).isEqualTo("Line");
        assertThat(line.nesting()).isEqualTo(Nesting.MEMBER);
        assertThat(line.enclosingClass()).isEqualTo("shop.Order");
        assertThat(line.isStatic()).isTrue();
        assertThat(line.isPackageInfo()).isFalse();
        assertThat(line.sensitive().orElseThrow().enumConstants("legalBasis")).containsExactly("LEGAL_OBLIGATION");
        assertThat(line.field("text").orElseThrow().personalData()).isPresent();
    }

    @Test
    void nestingOfMemberLocalAndAnonymousClasses() throws Exception {
        ClassDeclarations inner = compiled.read("shop.Order$Inner");
        assertThat(inner.sourceName()).isEqualTo("shop.Order.Inner");
        assertThat(inner.isStatic()).isFalse();
        // The outer instance is the constructor's first parameter; the annotation stays on the declared one.
        MethodDeclaration constructor = inner.methods("<init>").get(0);
        assertThat(constructor.parameterTypes()).containsExactly("shop.Order", "java.lang.String");
        assertThat(constructor.parameterAnnotations().get(0)).isEmpty();
        assertThat(constructor.parameterDataDeclaration(1)).isPresent();

        ClassDeclarations callback = compiled.read("shop.Order$Callback");
        assertThat(callback.isInterface()).isTrue();
        assertThat(callback.isStatic()).isTrue();

        ClassDeclarations local = compiled.read("shop.Order$1Local");
        assertThat(local.nesting()).isEqualTo(Nesting.LOCAL);
        assertThat(local.simpleName()).isEqualTo("Local");
        assertThat(local.sourceName()).isEqualTo("shop.Order$1Local");
        assertThat(local.enclosingClass()).isEqualTo("shop.Order");

        ClassDeclarations anonymous = compiled.read("shop.Order$1");
        assertThat(anonymous.nesting()).isEqualTo(Nesting.ANONYMOUS);
        assertThat(anonymous.simpleName()).isEmpty();
        assertThat(anonymous.enclosingClass()).isEqualTo("shop.Order");
        assertThat(anonymous.interfaces()).containsExactly("shop.Order.Callback");

        // A top-level class whose name has a '$' stays top level.
        ClassDeclarations dollar = compiled.read("shop.Top$Level");
        assertThat(dollar.nesting()).isEqualTo(Nesting.TOP_LEVEL);
        assertThat(dollar.sourceName()).isEqualTo("shop.Top$Level");
    }

    @Test
    void enumConstructorParameterAnnotations() throws Exception {
        ClassDeclarations status = compiled.read("shop.Status");
        assertThat(status.isEnum()).isTrue();
        MethodDeclaration constructor = status.methods("<init>").get(0);
        assertThat(constructor.parameterTypes()).containsExactly("java.lang.String", "int", "java.lang.String");
        assertThat(constructor.parameterDataDeclaration(2)).isPresent();
        assertThat(constructor.parameterDataDeclaration(0)).isEmpty();
        assertThat(status.field("ACTIVE").orElseThrow().isEnumConstant()).isTrue();
    }

    @Test
    void unicodeStringsAreDecodedFromModifiedUtf8() throws Exception {
        AnnotationInfo unicode = compiled.read("shop.Text").field("unicode").orElseThrow().personalData().orElseThrow();
        assertThat(unicode.strings("purposes")).containsExactly("Abrechnung-äöü", "€uro", "\u0000nul", "emoji-😀");
    }

    @Test
    void everyKindOfElementValue() throws Exception {
        ClassDeclarations uses = ClassFileReader.keepingValuesOf(type -> true).parse(compiled.bytes("values.Uses"));
        AnnotationInfo all = uses.annotation("values.All").orElseThrow();
        Map<String, ElementValue> v = all.values();
        assertThat(v.get("b")).isEqualTo(new PrimitiveValue((byte) 1));
        assertThat(v.get("c")).isEqualTo(new PrimitiveValue('x'));
        assertThat(v.get("d")).isEqualTo(new PrimitiveValue(2.5d));
        assertThat(v.get("f")).isEqualTo(new PrimitiveValue(1.5f));
        assertThat(v.get("i")).isEqualTo(new PrimitiveValue(42));
        assertThat(v.get("j")).isEqualTo(new PrimitiveValue(1L << 40));
        assertThat(v.get("s")).isEqualTo(new PrimitiveValue((short) -3));
        assertThat(v.get("z")).isEqualTo(new PrimitiveValue(true));
        assertThat(v.get("str")).isEqualTo(new StringValue("s"));
        assertThat(v.get("type")).isEqualTo(new ClassValue("java.lang.String[]"));
        assertThat(v.get("types").elements()).containsExactly(new ClassValue("int"), new ClassValue("void"),
                new ClassValue("values.Uses.Map.Entry"));
        assertThat(v.get("policy")).isEqualTo(new EnumValue("java.lang.annotation.RetentionPolicy", "CLASS"));
        assertThat(v.get("nested")).isEqualTo(new AnnotationValue(new AnnotationInfo("java.lang.annotation.Retention",
                Map.of("value", new EnumValue("java.lang.annotation.RetentionPolicy", "SOURCE")))));
        assertThat(v.get("nestedArray").elements()).hasSize(1).first().isInstanceOf(AnnotationValue.class);
        assertThat(v.get("ints")).isEqualTo(new ArrayValue(List.of()));

        // The default reader keeps only pdguard's values.
        assertThat(compiled.read("values.Uses").annotation("values.All").orElseThrow().values()).isEmpty();
    }

    @Test
    void quickCheckAndHeader() throws Exception {
        assertThat(ClassFileReader.mayDeclarePdguard(compiled.bytes("shop.Customer"))).isTrue();
        assertThat(ClassFileReader.mayDeclarePdguard(compiled.bytes("shop.Purposes"))).isFalse();
        assertThat(ClassFileReader.mayDeclarePdguard(compiled.bytes("values.Uses"))).isFalse();

        ClassHeader header = ClassFileReader.readHeader(compiled.bytes("shop.Order$1"));
        assertThat(header.binaryName()).isEqualTo("shop.Order$1");
        assertThat(header.superclass()).isNull();
        assertThat(header.interfaces()).containsExactly("shop.Order$Callback");
        assertThat(ClassFileReader.readHeader(compiled.bytes("shop.Person")).superclass()).isEqualTo("java.lang.Record");
    }

    @Test
    void corruptClassFilesAreRejectedWithAReason() {
        byte[] customer = compiled.bytes("shop.Customer");
        for (int length : new int[] {0, 9, 20, customer.length / 2, customer.length - 1}) {
            assertThatThrownBy(() -> ClassFileReader.read(Arrays.copyOf(customer, length)))
                    .as("truncated to %d bytes", length)
                    .isInstanceOf(ClassFormatException.class)
                    .hasMessageMatching("(truncated class file|not a class file).*");
        }
        byte[] badMagic = customer.clone();
        badMagic[0] = 0;
        assertThatThrownBy(() -> ClassFileReader.read(badMagic)).isInstanceOf(ClassFormatException.class)
                .hasMessageContaining("magic");
        byte[] badTag = customer.clone();
        badTag[10] = 99;
        assertThatThrownBy(() -> ClassFileReader.read(badTag)).isInstanceOf(ClassFormatException.class)
                .hasMessageContaining("constant pool tag 99");
    }

    @Test
    void everyByteFlipIsAClassFormatExceptionOrAResult() {
        // Robustness: garbage must never escape as a RuntimeException.
        byte[] original = compiled.bytes("shop.Person");
        for (int i = 0; i < original.length; i++) {
            byte[] broken = original.clone();
            broken[i] = (byte) (broken[i] ^ 0x5A);
            try {
                ClassFileReader.read(broken);
            } catch (ClassFormatException expected) {
                // fine
            } catch (RuntimeException e) {
                throw new AssertionError("byte " + i + ": " + e, e);
            }
        }
    }

    @Nested
    class Java8ClassFiles {
        @TempDir
        Path java8;

        @Test
        void readsClassFilesOfOlderReleases() throws Exception {
            Compiled old = Compiled.compile(java8, Map.of("legacy/Account.java", """
                    package legacy;
                    import io.github.pdguard.annotations.*;
                    @PersonalData(purposes = "accounts", retention = "P1Y")
                    public class Account {
                        @PersonalData(category = Category.FINANCIAL) private String iban;
                        public String getIban() { return iban; }
                        public static class Holder { @PersonalData String name; }
                    }
                    """), "--release", "8");
            ClassDeclarations account = old.read("legacy.Account");
            assertThat(account.majorVersion()).isEqualTo(52);
            assertThat(account.dataDeclaration().orElseThrow().strings("purposes")).containsExactly("accounts");
            assertThat(account.getters()).containsOnlyKeys("getIban");
            assertThat(account.methods("getIban").get(0).parameterNames()).isEmpty();
            assertThat(old.read("legacy.Account$Holder").enclosingClass()).isEqualTo("legacy.Account");
        }
    }
}
