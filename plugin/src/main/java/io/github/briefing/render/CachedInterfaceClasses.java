package io.github.briefing.render;

import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;

/**
 * OGNL asks, for every step of a property chain such as {@code article.ref.title}, which public interface of the
 * value's class to treat it as, and answers by walking the class's interfaces again each time (copying their
 * arrays): a fifth of the time spent rendering pages. The answer depends only on the class, so it is kept per class.
 */
final class CachedInterfaceClasses extends ExpressionCompiler {

    private final ClassValue<Class<?>> interfaces = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return CachedInterfaceClasses.super.getInterfaceClass(type);
        }
    };

    /** Makes OGNL use it; safe to call more than once. */
    static void install() {
        if (!(OgnlRuntime.getCompiler() instanceof CachedInterfaceClasses)) {
            OgnlRuntime.setCompiler(new CachedInterfaceClasses());
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getInterfaceClass(Class type) {
        return type == null ? null : interfaces.get(type);
    }
}
