package io.github.briefing.render;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.engine.IterationStatusVar;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of OGNL that the theme's expressions use, on records and on Thymeleaf's expression objects: variables,
 * record components ({@code article.ref.title}), method calls ({@code #lists.isEmpty(m.names)},
 * {@code m.other(self)}), an iteration's status ({@code st.index}), {@code !}, {@code and}, {@code or}, comparisons
 * with null, of strings for equality and between integers, sums and differences of integers, and string and integer
 * literals, each with OGNL's meaning. Whatever else an expression holds,
 * or a value it meets (a map, a number that is not an integer, a method with overloads), makes it
 * {@link #UNKNOWN}: OGNL evaluates it then.
 */
final class RecordExpression {

    /** What an expression yields when OGNL must evaluate it instead. */
    static final Object UNKNOWN = new Object();
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(#?[A-Za-z_][A-Za-z0-9_]*|[0-9]+|'[^'\\\\]*'|==|!=|<=|>=|[<>!.,()+-])");
    private static final ClassValue<Map<String, Optional<Callable>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Callable>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** A method as called: its handle taking the target and arguments as one array, and its parameter types. */
    private record Callable(MethodHandle spread, Class<?>[] parameters) {
    }

    /** A parsed expression, evaluated against a page's context. */
    interface Node {
        Object eval(IExpressionContext context);
    }

    private final List<String> tokens;
    private int next;

    private RecordExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The expression parsed, or empty when it uses more than this class knows. */
    static Optional<Node> parse(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length() && m.find(at) && m.start() == at) {
            tokens.add(m.group(1));
            at = m.end();
        }
        if (!expression.substring(at).isBlank()) {
            return Optional.empty();
        }
        RecordExpression parser = new RecordExpression(tokens);
        try {
            Node node = parser.or();
            return parser.next == tokens.size() ? Optional.of(node) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : "";
    }

    private String take() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("incomplete");
        }
        return tokens.get(next++);
    }

    private void expect(String token) {
        if (!take().equals(token)) {
            throw new IllegalArgumentException("expected " + token);
        }
    }

    /** OGNL's {@code or}: the first operand that is true, else the last. */
    private Node or() {
        return connected("or", true, this::and);
    }

    /** OGNL's {@code and}: the first operand that is false, else the last. */
    private Node and() {
        return connected("and", false, this::comparison);
    }

    /** Operands joined by {@code keyword}, evaluated in turn until one's truth is {@code stopWhen}. */
    private Node connected(String keyword, boolean stopWhen, java.util.function.Supplier<Node> operand) {
        Node left = operand.get();
        while (peek().equals(keyword)) {
            take();
            Node first = left;
            Node second = operand.get();
            left = c -> shortCircuit(first.eval(c), stopWhen, second, c);
        }
        return left;
    }

    private static Object shortCircuit(Object first, boolean stopWhen, Node second, IExpressionContext c) {
        Object truth = truth(first);
        if (truth == UNKNOWN) {
            return UNKNOWN;
        }
        return truth.equals(stopWhen) ? first : second.eval(c);
    }

    private Node comparison() {
        Node left = sum();
        String op = peek();
        if (!List.of("==", "!=", "<", ">", "<=", ">=").contains(op)) {
            return left;
        }
        take();
        Node right = sum();
        return c -> compare(op, left.eval(c), right.eval(c));
    }

    /** Operands added or subtracted from left to right ({@code c.articles - 1}). */
    private Node sum() {
        Node left = unary();
        while (peek().equals("+") || peek().equals("-")) {
            boolean plus = take().equals("+");
            Node first = left;
            Node second = unary();
            left = c -> add(plus, first.eval(c), second.eval(c));
        }
        return left;
    }

    /** Two integers' sum or difference, an int as OGNL gives it; strings joined and other numbers are left to OGNL. */
    private static Object add(boolean plus, Object a, Object b) {
        if (!(a instanceof Integer x) || !(b instanceof Integer y)) {
            return UNKNOWN;
        }
        return plus ? x + y : x - y;
    }

    /** Null against anything, strings for equality, integers against integers; OGNL's conversions for the rest. */
    private static Object compare(String op, Object a, Object b) {
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        if ((a == null || b == null) && (op.equals("==") || op.equals("!="))) {
            return (a == b) == op.equals("==");
        }
        if (a instanceof String x && b instanceof String y && (op.equals("==") || op.equals("!="))) {
            return x.equals(y) == op.equals("==");
        }
        if (!(a instanceof Integer x) || !(b instanceof Integer y)) {
            return UNKNOWN;
        }
        return switch (op) {
            case "==" -> x.intValue() == y.intValue();
            case "!=" -> x.intValue() != y.intValue();
            case "<" -> x < y;
            case ">" -> x > y;
            case "<=" -> x <= y;
            default -> x >= y;
        };
    }

    private Node unary() {
        if (peek().equals("!")) {
            take();
            Node operand = unary();
            return c -> {
                Object truth = truth(operand.eval(c));
                return truth == UNKNOWN ? UNKNOWN : !(Boolean) truth;
            };
        }
        return chain();
    }

    /** OGNL's truth of a value, for null and booleans; strings and numbers are left to it. */
    private static Object truth(Object value) {
        if (value == null) {
            return false;
        }
        return value instanceof Boolean ? value : UNKNOWN;
    }

    private Node chain() {
        String first = take();
        Node node;
        if (first.equals("null")) {
            return c -> null;
        } else if (first.startsWith("'")) {
            String text = first.substring(1, first.length() - 1);
            return c -> text;
        } else if (Character.isDigit(first.charAt(0)) && (first.length() == 1 || first.charAt(0) != '0')) {
            Integer number = Integer.valueOf(first);
            return c -> number;
        } else if (first.startsWith("#")) {
            String name = first.substring(1);
            node = c -> c.getExpressionObjects().containsObject(name) ? c.getExpressionObjects().getObject(name)
                    : UNKNOWN;
        } else if (Character.isLetter(first.charAt(0)) || first.startsWith("_")) {
            node = c -> c.getVariable(first);
        } else {
            throw new IllegalArgumentException("unexpected " + first);
        }
        while (peek().equals(".")) {
            take();
            String name = take();
            if (!Character.isLetter(name.charAt(0))) {
                throw new IllegalArgumentException("unexpected " + name);
            }
            Node target = node;
            if (peek().equals("(")) {
                Node[] args = arguments();
                Seen<Optional<Callable>> methods = new Seen<>();
                node = c -> call(target.eval(c), name, args, methods, c);
            } else {
                Seen<Optional<MethodHandle>> readers = new Seen<>();
                node = c -> component(target.eval(c), name, readers);
            }
        }
        return node;
    }

    private Node[] arguments() {
        expect("(");
        List<Node> args = new ArrayList<>();
        if (peek().equals(")")) {
            take();
            return new Node[0];
        }
        args.add(or());
        while (peek().equals(",")) {
            take();
            args.add(or());
        }
        expect(")");
        return args.toArray(Node[]::new);
    }

    /**
     * What one place of an expression found for the type of value it met last: a place meets one type page after
     * page (an article's view, a match's), so the type's tables are looked up only when it meets another.
     */
    private static final class Seen<T> {

        private record Found<T>(Class<?> type, T value) {
        }

        private volatile Found<T> last;

        T get(Class<?> type, Function<Class<?>, T> lookUp) {
            Found<T> found = last;
            if (found == null || found.type() != type) {
                found = new Found<>(type, lookUp.apply(type));
                last = found;
            }
            return found.value();
        }
    }

    private static Object component(Object target, String name, Seen<Optional<MethodHandle>> readers) {
        if (target instanceof IterationStatusVar status) {
            return status(status, name);
        }
        if (!(target instanceof Record)) {
            return UNKNOWN;
        }
        Optional<MethodHandle> reader = readers.get(target.getClass(), type -> RecordProperties.reader(type, name));
        return reader.isEmpty() ? UNKNOWN : RecordProperties.read(reader.get(), target);
    }

    /**
     * An iteration's status ({@code th:each="m, st : ..."}) read by its getters, as OGNL reads a bean: a list's page
     * tests {@code st.index} for every item it lists.
     */
    private static Object status(IterationStatusVar status, String name) {
        return switch (name) {
            case "index" -> status.getIndex();
            case "count" -> status.getCount();
            case "size" -> status.getSize();
            case "current" -> status.getCurrent();
            case "even" -> status.isEven();
            case "odd" -> status.isOdd();
            case "first" -> status.isFirst();
            case "last" -> status.isLast();
            default -> UNKNOWN;
        };
    }

    /** A call on a record or on an expression object, to the only public method of that name and arity. */
    private static Object call(Object target, String name, Node[] argNodes, Seen<Optional<Callable>> methods,
                               IExpressionContext c) {
        if (target == null || target == UNKNOWN || !(target instanceof Record
                || target.getClass().getPackageName().equals("org.thymeleaf.expression"))) {
            return UNKNOWN;
        }
        Optional<Callable> method = methods.get(target.getClass(), type -> METHODS.get(type)
                .computeIfAbsent(name + "/" + argNodes.length, k -> onlyMethod(type, name, argNodes.length)));
        if (method.isEmpty()) {
            return UNKNOWN;
        }
        Object[] all = new Object[argNodes.length + 1];
        all[0] = target;
        for (int i = 0; i < argNodes.length; i++) {
            Object arg = argNodes[i].eval(c);
            // OGNL would convert an argument of another type; only one it can pass as it is is passed here.
            if (arg == UNKNOWN || (arg != null && !method.get().parameters()[i].isInstance(arg))) {
                return UNKNOWN;
            }
            all[i + 1] = arg;
        }
        try {
            return method.get().spread().invoke(all);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Callable> onlyMethod(Class<?> type, String name, int arity) {
        List<Method> found = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity
                        && !Modifier.isStatic(m.getModifiers()))
                .toList();
        if (found.size() != 1 || Arrays.stream(found.get(0).getParameterTypes()).anyMatch(Class::isPrimitive)) {
            return Optional.empty();
        }
        try {
            MethodHandle handle = MethodHandles.lookup().unreflect(found.get(0));
            return Optional.of(new Callable(handle.asType(handle.type().generic()).asSpreader(Object[].class, arity + 1),
                    found.get(0).getParameterTypes()));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }
}
