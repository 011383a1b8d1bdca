package org.zhifa.documents;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.Assign;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.FunctionReference;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.Projection;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.Selection;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Reads every {@code ${…}} expression of a template before anything is rendered: each value it names must be one the
 * kind's step passes (or a local the template declares with {@code th:each}, {@code th:with} or a fragment's
 * parameters), and none may reach a type, a bean, a constructor or an assignment. A branch a specimen never takes is
 * checked as well as one it does.
 */
final class TemplateExpressions {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern EACH = Pattern.compile("th:each\\s*=\\s*\"\\s*([A-Za-z_]\\w*)\\s*(?:,\\s*([A-Za-z_]\\w*)\\s*)?:");
    private static final Pattern WITH = Pattern.compile("th:with\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern WITH_NAME = Pattern.compile("(?:^|,)\\s*([A-Za-z_]\\w*)\\s*=");
    private static final Pattern FRAGMENT = Pattern.compile("th:fragment\\s*=\\s*\"\\s*\\w+\\s*\\(([^)]*)\\)");
    /**
     * Unescaped output, declarations, preprocessing (which would evaluate a value as an expression), selection and
     * message expressions (values are named with {@code ${…}} only), and character references (which could spell an
     * expression the scan would not see).
     */
    private static final Pattern UNESCAPED = Pattern.compile("th:utext|\\[\\(|<!DOCTYPE|<!ENTITY|__|\\*\\{|#\\{|&#",
            Pattern.CASE_INSENSITIVE);
    /** Thymeleaf's expression utility objects; no other {@code #variable} (#root, #ctx, #vars…) may be named. */
    private static final Set<String> UTILITIES = Set.of("strings", "numbers", "temporals", "dates", "calendars", "lists",
            "arrays", "sets", "maps", "bools", "aggregates", "objects", "this");
    private static final Set<String> FORBIDDEN_METHODS = Set.of("getClass", "forName", "getClassLoader", "exec",
            "invoke", "newInstance", "getRuntime", "sequence");

    private final SpelExpressionParser parser = new SpelExpressionParser();

    /**
     * @param allowed the values the template may name
     * @throws TemplateException naming the line of the first expression that is refused
     */
    void check(String file, String template, Set<String> allowed) {
        Matcher unescaped = UNESCAPED.matcher(template);
        if (unescaped.find()) {
            throw new TemplateException(file, line(template, unescaped.start()), "不允许使用 " + unescaped.group()
                    + "：文书中的值一律以 ${…} 取用、按文本输出，模板不声明文档类型和实体，字符直接书写", null);
        }
        Set<String> names = new HashSet<>(allowed);
        names.addAll(locals(template));
        Matcher expressions = EXPRESSION.matcher(template);
        while (expressions.find()) {
            String expression = expressions.group(1);
            int line = line(template, expressions.start());
            SpelNode ast;
            try {
                ast = ((SpelExpression) parser.parseRaw(expression)).getAST();
            } catch (ParseException | IllegalStateException e) {
                throw new TemplateException(file, line, "表达式 ${" + expression + "} 写法有误：" + e.getMessage(), e);
            }
            walk(file, line, expression, ast, true, names);
        }
    }

    private void walk(String file, int line, String expression, SpelNode node, boolean root, Set<String> names) {
        if (node instanceof TypeReference || node instanceof BeanReference || node instanceof ConstructorReference
                || node instanceof Assign || node instanceof FunctionReference) {
            throw new TemplateException(file, line, "表达式 ${" + expression + "} 不允许引用类型、Bean、构造对象或赋值", null);
        }
        if (node instanceof VariableReference variable) {
            String name = variable.toStringAST().substring(1);
            if (!UTILITIES.contains(name)) {
                throw new TemplateException(file, line, "表达式 ${" + expression + "} 不允许使用 #" + name
                        + "（只可使用 #strings、#numbers、#temporals 等工具对象）", null);
            }
        }
        if (node instanceof PropertyOrFieldReference property) {
            if ("class".equals(property.getName())) {
                throw new TemplateException(file, line, "表达式 ${" + expression + "} 不允许读取 class", null);
            }
            if (root && !names.contains(property.getName())) {
                throw new TemplateException(file, line, "表达式 ${" + expression + "} 使用了未知的值 "
                        + property.getName() + "（本文书可用的值：" + String.join("、", new java.util.TreeSet<>(names)) + "）",
                        null);
            }
        }
        if (node instanceof MethodReference method) {
            if (root || FORBIDDEN_METHODS.contains(method.getName())) {
                throw new TemplateException(file, line, "表达式 ${" + expression + "} 不允许调用 " + method.getName(), null);
            }
        }
        boolean elements = node instanceof Selection || node instanceof Projection;
        for (int i = 0; i < node.getChildCount(); i++) {
            boolean childRoot = node instanceof CompoundExpression ? i == 0 && root : !elements;
            if (node instanceof MethodReference) {
                childRoot = true;
            }
            walk(file, line, expression, node.getChild(i), childRoot, names);
        }
    }

    /** The names a template declares for itself: loop variables (and their status), th:with, fragment parameters. */
    static Set<String> locals(String template) {
        Set<String> locals = new HashSet<>();
        Matcher each = EACH.matcher(template);
        while (each.find()) {
            locals.add(each.group(1));
            locals.add(each.group(1) + "Stat");
            if (each.group(2) != null) {
                locals.add(each.group(2));
            }
        }
        Matcher with = WITH.matcher(template);
        while (with.find()) {
            Matcher name = WITH_NAME.matcher(with.group(1));
            while (name.find()) {
                locals.add(name.group(1));
            }
        }
        Matcher fragment = FRAGMENT.matcher(template);
        while (fragment.find()) {
            for (String parameter : fragment.group(1).split(",")) {
                if (!parameter.isBlank()) {
                    locals.add(parameter.strip());
                }
            }
        }
        return locals;
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
