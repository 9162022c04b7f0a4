package io.github.pdguard.analysis.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.model.TypeInfo;

import java.util.Optional;

/**
 * The member of the analysed code a node is in, as baselines name it: {@code Customer.email} (a
 * field or record component), {@code CustomerService.register} (a method; overloads share the
 * name), {@code Customer.Customer} (a constructor), {@code Customer.<clinit>} / {@code Customer.<init>}
 * (initialiser blocks), {@code Customer} (the type itself). Lambdas, local and anonymous classes
 * belong to the member they are written in.
 */
public final class EnclosingMember {

    private EnclosingMember() {
    }

    public static Optional<String> of(Node node, ProjectIndex index) {
        Node child = null;
        VariableDeclarator variable = null;
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                Optional<TypeInfo> info = index.typeOf(type);
                if (info.isPresent()) {
                    String typeName = info.get().displayName();
                    return Optional.of(memberName(child, variable).map(m -> typeName + "." + m).orElse(typeName));
                }
            }
            if (current instanceof VariableDeclarator v) {
                variable = v;
            }
            child = current;
        }
        return Optional.empty();
    }

    private static Optional<String> memberName(Node member, VariableDeclarator variable) {
        if (member instanceof CallableDeclaration<?> callable) {
            return Optional.of(callable.getNameAsString());
        }
        if (member instanceof FieldDeclaration field) {
            VariableDeclarator named = variable != null && variable.getParentNode().orElse(null) == field
                    ? variable : field.getVariable(0);
            return Optional.of(named.getNameAsString());
        }
        if (member instanceof Parameter component) {
            return Optional.of(component.getNameAsString());
        }
        if (member instanceof EnumConstantDeclaration constant) {
            return Optional.of(constant.getNameAsString());
        }
        if (member instanceof InitializerDeclaration initializer) {
            return Optional.of(initializer.isStatic() ? "<clinit>" : "<init>");
        }
        return Optional.empty();
    }
}
