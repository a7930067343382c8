package io.github.briefing.render;

import io.github.briefing.cache.Fingerprint;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateOutputException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The theme's Thymeleaf templates, looked up by name: first in the user's templates folder, then in the
 * briefing-site-template jar. A user overrides any page, or the shared layout, by dropping a file of that name.
 */
final class Templates {

    static final String THEME = "briefing/templates/";
    private final TemplateEngine engine = new TemplateEngine();
    private final Path userFolder;

    static {
        RecordProperties.install();
        CachedInterfaceClasses.install();
    }

    Templates(Path userTemplates) {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordEvaluator(dialect.getVariableExpressionEvaluator()));
        engine.setDialect(dialect);
        int order = 1;
        userFolder = userTemplates != null && Files.isDirectory(userTemplates) ? userTemplates : null;
        if (userFolder != null) {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(userTemplates.toAbsolutePath() + "/");
            user.setSuffix(".html");
            user.setTemplateMode(TemplateMode.HTML);
            user.setCharacterEncoding("UTF-8");
            user.setCheckExistence(true);
            user.setCacheable(true);
            user.setOrder(order++);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver theme = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        theme.setPrefix(THEME);
        theme.setSuffix(".html");
        theme.setTemplateMode(TemplateMode.HTML);
        theme.setCharacterEncoding("UTF-8");
        theme.setCacheable(true);
        theme.setOrder(order);
        engine.addTemplateResolver(theme);
    }

    /**
     * Renders straight into {@code out}: a page is written as it is rendered, never held whole.
     *
     * @throws TemplateFailure when a template of the user's fails (the page's own, or one it includes)
     */
    void render(String template, Map<String, Object> model, Writer out) {
        render(template, null, model, out);
    }

    /** One fragment of a template ({@code th:fragment="name"}), as text. */
    String fragment(String template, String fragment, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        render(template, Set.of(fragment), model, out);
        return out.toString();
    }

    /**
     * One fragment as text, from a page's whole model and one variable more: how a fragment of the user's that the
     * theme's pages insert as text is rendered, given all that the page's own template is given.
     */
    String fragment(String template, String fragment, Map<String, Object> page, String name, Object value) {
        Map<String, Object> model = new HashMap<>(page);
        model.put(name, value);
        return fragment(template, fragment, model);
    }

    /** Whether the user's folder holds a template of that name, which then replaces the theme's. */
    boolean own(String template) {
        return userFolder != null && Files.isRegularFile(userFolder.resolve(template + ".html"));
    }

    private void render(String template, Set<String> fragments, Map<String, Object> model, Writer out) {
        try {
            engine.process(template, fragments, new Context(Locale.ROOT, model), out);
        } catch (TemplateProcessingException e) {
            Path file = e.getTemplateName() == null || userFolder == null ? null
                    : userFolder.resolve(e.getTemplateName() + ".html");
            // A page that could not be written is no fault of its template (SiteWriter says what it is).
            if (file != null && Files.isRegularFile(file) && !(e instanceof TemplateOutputException)) {
                throw new TemplateFailure(file, e.getLine() == null ? 0 : e.getLine(), e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * The templates' content as one fingerprint: the user's folder, file by file, and the theme (its jar, or its
     * folder of files when run from classes). Any change to any of them changes it.
     */
    String version() {
        Fingerprint print = new Fingerprint();
        try {
            if (userFolder != null) {
                addFiles(print, userFolder);
            }
            URL layout = Templates.class.getClassLoader().getResource(THEME + "layout.html");
            if (layout == null) {
                throw new IllegalStateException("the theme jar lacks " + THEME + "layout.html");
            }
            if (layout.openConnection() instanceof JarURLConnection jar) {
                print.add(Files.readAllBytes(Path.of(jar.getJarFileURL().toURI())));
            } else {
                addFiles(print, Path.of(layout.toURI()).getParent());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            print.add("unreadable templates " + System.nanoTime()); // reuse no page
        }
        return print.hex();
    }

    private static void addFiles(Fingerprint print, Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                print.add(folder.relativize(file).toString()).add(Files.readAllBytes(file));
            }
        }
    }
}
