package io.github.briefing.render;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the expressions most of a page is made of, {@code ${article.ref.title}} (a variable, then record
 * components) and {@code ${m.compareUrl != null}}, by reading the variable and calling each component's accessor,
 * as OGNL would. OGNL parses nothing again but walks its tree, builds a context and looks the accessor up on every
 * read: a third of the time spent in templates. Anything else, or a step that is not a record's, is left to OGNL,
 * so a result never differs from what OGNL gives (and an error is reported by OGNL, as before).
 */
final class RecordPaths implements IStandardVariableExpressionEvaluator {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern PATH = Pattern.compile("(" + NAME + "(?:\\." + NAME + ")*)(?: ([!=])= null)?");
    /** What a step yields when OGNL must evaluate the expression instead. */
    private static final Object OGNL = new Object();
    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Optional<Path>> paths = new ConcurrentHashMap<>();

    RecordPaths(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    /** A variable, its record components in turn, and whether the value is compared with null (and how). */
    private record Path(String variable, String[] components, Boolean isNull) {

        static Optional<Path> parse(String expression) {
            Matcher m = PATH.matcher(expression.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            String[] names = m.group(1).split("\\.");
            Boolean isNull = m.group(2) == null ? null : m.group(2).equals("=");
            return Optional.of(new Path(names[0], java.util.Arrays.copyOfRange(names, 1, names.length), isNull));
        }

        Object read(ITemplateContext context) {
            Object value = context.getVariable(variable);
            for (String component : components) {
                if (!(value instanceof Record)) {
                    return OGNL;
                }
                Optional<MethodHandle> reader = RecordProperties.reader(value.getClass(), component);
                if (reader.isEmpty()) {
                    return OGNL;
                }
                try {
                    value = reader.get().invoke(value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return isNull == null ? value : (value == null) == isNull;
        }
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext execution) {
        Optional<Path> path = paths.computeIfAbsent(expression.getExpression(), Path::parse);
        // Selection roots and restricted contexts keep OGNL's own rules.
        if (path.isEmpty() || expression.getUseSelectionAsRoot() || execution.getRestrictVariableAccess()
                || execution.getRestrictInstantiationAndStatic() || !(context instanceof ITemplateContext page)) {
            return ognl.evaluate(context, expression, execution);
        }
        Object value;
        try {
            value = path.get().read(page);
        } catch (RuntimeException e) {
            throw new TemplateProcessingException("Exception evaluating \"" + expression.getExpression() + "\"", e);
        }
        if (value == OGNL) {
            return ognl.evaluate(context, expression, execution);
        }
        return execution.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value,
                String.class)
                : value;
    }
}
