package io.github.briefing.render;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's Thymeleaf templates, looked up by name: first in the user's templates folder, then in the
 * briefing-site-template jar. A user overrides any page, or the shared layout, by dropping a file of that name.
 */
final class Templates {

    static final String THEME = "briefing/templates/";
    private final TemplateEngine engine = new TemplateEngine();

    Templates(Path userTemplates) {
        int order = 1;
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
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

    String render(String template, Map<String, Object> model) {
        return engine.process(template, new Context(Locale.ROOT, model));
    }
}
