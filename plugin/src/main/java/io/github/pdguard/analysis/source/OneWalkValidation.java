package io.github.pdguard.analysis.source;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * JavaParser's language-level validation, with the same problems in the same order, in one walk
 * over the tree. JavaParser runs each of its validators of one node type as a walk of its own
 * (about twenty per file): measured on library code, a third of the parse.
 *
 * <p>Works through JavaParser's private fields, known for the version pdguard is built with. If
 * they are not found (another JavaParser version), JavaParser validates as it always does, and
 * {@code OneWalkValidationTest} says so.
 */
final class OneWalkValidation {
    private static final Internals INTERNALS = Internals.find();

    private OneWalkValidation() {
    }

    /** Whether this JavaParser's validation can be done in one walk (false: it is left as it is). */
    static boolean available() {
        return INTERNALS != null;
    }

    /** Puts the one-walk validation in place of JavaParser's own in a configuration whose language level is set. */
    static ParserConfiguration install(ParserConfiguration configuration) {
        if (INTERNALS == null) {
            return configuration;
        }
        List<Supplier<Processor>> processors = configuration.getProcessors();
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).get().getClass() == INTERNALS.languageLevelProcessor) {
                processors.set(i, () -> new Processor() {
                    @Override
                    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration used) {
                        INTERNALS.postProcess(result, used);
                    }
                });
                return configuration;
            }
        }
        return configuration;
    }

    /** The private parts of JavaParser this needs. */
    private record Internals(Class<?> languageLevelProcessor, Field validator, Field postProcessor,
                             Field nodeType, Field typedValidator, Field treeValidator) {
        static Internals find() {
            try {
                Class<?> processor = Class.forName(ParserConfiguration.class.getName() + "$2");
                if (!Processor.class.isAssignableFrom(processor)) {
                    return null;
                }
                Internals internals = new Internals(processor,
                        open(ParserConfiguration.LanguageLevel.class, "validator", Validator.class),
                        open(ParserConfiguration.LanguageLevel.class, "postProcessor", PostProcessors.class),
                        open(SingleNodeTypeValidator.class, "type", Class.class),
                        open(SingleNodeTypeValidator.class, "validator", TypedValidator.class),
                        open(TreeVisitorValidator.class, "validator", Validator.class));
                // The processor found must be the one that validates: a configuration without it validates nothing.
                return internals.replacesTheValidation() ? internals : null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Field open(Class<?> owner, String name, Class<?> type) throws NoSuchFieldException {
            Field field = owner.getDeclaredField(name);
            if (field.getType() != type) {
                throw new NoSuchFieldException(owner.getName() + "." + name + " is not a " + type.getName());
            }
            field.setAccessible(true);
            return field;
        }

        private boolean replacesTheValidation() {
            ParserConfiguration configuration = new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_8);
            long validating = configuration.getProcessors().stream()
                    .filter(p -> p.get().getClass() == languageLevelProcessor).count();
            if (validating != 1) {
                return false;
            }
            configuration.getProcessors().removeIf(p -> p.get().getClass() == languageLevelProcessor);
            // Records are not Java 8: without the processor, nothing says so.
            return new com.github.javaparser.JavaParser(configuration).parse("record R(int a) {}").isSuccessful();
        }

        /** What JavaParser's processor does: the level's post-processors, then its validators. */
        void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
            ParserConfiguration.LanguageLevel level = configuration.getLanguageLevel();
            if (level == null) {
                return;
            }
            try {
                PostProcessors post = (PostProcessors) postProcessor.get(level);
                if (post != null) {
                    post.postProcess(result, configuration);
                }
                Validator levelValidator = (Validator) validator.get(level);
                if (levelValidator != null && result.getResult().isPresent()) {
                    validate(levelValidator, result.getResult().get(), result.getProblems());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot validate the syntax tree", e);
            }
        }

        /**
         * Each validator's problems are collected on their own and added in the validators' order,
         * each in the order of the nodes: as JavaParser, which runs one validator after the other.
         */
        private void validate(Validator levelValidator, Node root, List<Problem> problems) throws IllegalAccessException {
            List<Validator> validators = new ArrayList<>();
            flatten(levelValidator, validators);
            List<List<Problem>> found = new ArrayList<>();
            List<Check> inTheWalk = new ArrayList<>();
            for (Validator each : validators) {
                List<Problem> own = new ArrayList<>();
                found.add(own);
                ProblemReporter reporter = new ProblemReporter(own::add);
                if (each instanceof SingleNodeTypeValidator<?> && acceptsAs(each, SingleNodeTypeValidator.class)) {
                    inTheWalk.add(new Check((Class<?>) nodeType.get(each), typedValidator(typedValidator.get(each)), reporter));
                } else if (each instanceof TreeVisitorValidator) {
                    inTheWalk.add(new Check(Node.class, (Validator) treeValidator.get(each), reporter));
                } else {
                    each.accept(root, reporter);
                }
            }
            if (!inTheWalk.isEmpty()) {
                root.walk(Node.TreeTraversal.PREORDER, node -> {
                    for (Check check : inTheWalk) {
                        if (check.type().isInstance(node)) {
                            check.validator().accept(node, check.reporter());
                        }
                    }
                });
            }
            found.forEach(problems::addAll);
        }

        @SuppressWarnings("unchecked")
        private static TypedValidator<Node> typedValidator(Object validator) {
            return (TypedValidator<Node>) validator;
        }

        /** Whether a validator does what the class it extends does (it declares no accept of its own). */
        private static boolean acceptsAs(Validator validator, Class<?> base) {
            try {
                return validator.getClass().getMethod("accept", Node.class, ProblemReporter.class).getDeclaringClass() == base;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        private static void flatten(Validator validator, List<Validator> into) {
            if (validator instanceof Validators && acceptsAs(validator, Validators.class)) {
                for (Validator each : ((Validators) validator).getValidators()) {
                    flatten(each, into);
                }
            } else {
                into.add(validator);
            }
        }
    }

    private record Check(Class<?> type, TypedValidator<Node> validator, ProblemReporter reporter) {
    }
}
