package io.github.briefing.render;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.util.StandardExpressionUtils;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the expressions most of a page is made of ({@code ${article.ref.title}}, {@code ${m.compareUrl != null}},
 * {@code ${#lists.isEmpty(m.names)}}) as a {@link RecordExpression}: OGNL walks its tree, builds a context and looks
 * each accessor or method up again on every read, a third of the time spent in templates. Anything else is left to
 * OGNL, so a result never differs from what OGNL gives (and an error is reported by OGNL, as before).
 */
final class RecordEvaluator implements IStandardVariableExpressionEvaluator {

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /**
     * An expression as parsed, or empty when OGNL must evaluate it, and whether OGNL must also where a restricted
     * context forbids what it may name (read once per expression, not at every evaluation).
     */
    private record Parsed(Optional<RecordExpression.Node> node, boolean forbiddenWhenRestricted) {
        static Parsed of(String expression) {
            return new Parsed(RecordExpression.parse(expression), expression.contains("param")
                    || StandardExpressionUtils.containsOGNLInstantiationOrStaticOrParam(expression));
        }
    }

    RecordEvaluator(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext execution) {
        Parsed expressed = parsed.get(expression.getExpression());
        if (expressed == null) {
            expressed = parsed.computeIfAbsent(expression.getExpression(), Parsed::of);
        }
        Optional<RecordExpression.Node> node = expressed.node();
        // Selection roots keep OGNL's own rules, and so does what a restricted context (a link, an inserted
        // fragment's name) forbids: request parameters, new objects, static members.
        boolean restricted = execution.getRestrictVariableAccess() || execution.getRestrictInstantiationAndStatic();
        if (node.isEmpty() || expression.getUseSelectionAsRoot() || restricted && expressed.forbiddenWhenRestricted()) {
            return ognl.evaluate(context, expression, execution);
        }
        Object value;
        try {
            value = node.get().eval(context);
        } catch (RuntimeException e) {
            throw new TemplateProcessingException("Exception evaluating \"" + expression.getExpression() + "\"", e);
        }
        if (value == RecordExpression.UNKNOWN) {
            return ognl.evaluate(context, expression, execution);
        }
        return execution.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value,
                String.class)
                : value;
    }
}
